"""Enumerated Values and Defined Terms of Entrance Dose Derivation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import EntranceDoseDerivation as EntranceDoseDerivation
from dicomodel.enums import EntranceDoseDerivationValue as EntranceDoseDerivationValue

__all__ = ["EntranceDoseDerivation", "EntranceDoseDerivationValue"]
