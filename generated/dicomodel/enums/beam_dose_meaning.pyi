"""Enumerated Values and Defined Terms of Beam Dose Meaning.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BeamDoseMeaning as BeamDoseMeaning
from dicomodel.enums import BeamDoseMeaningValue as BeamDoseMeaningValue

__all__ = ["BeamDoseMeaning", "BeamDoseMeaningValue"]
