"""Enumerated Values and Defined Terms of Acoustic Coupling Medium Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcousticCouplingMediumFlag as AcousticCouplingMediumFlag
from dicomodel.enums import AcousticCouplingMediumFlagValue as AcousticCouplingMediumFlagValue

__all__ = ["AcousticCouplingMediumFlag", "AcousticCouplingMediumFlagValue"]
