"""Enumerated Values and Defined Terms of Alternate Beam Dose Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AlternateBeamDoseType as AlternateBeamDoseType
from dicomodel.enums import AlternateBeamDoseTypeValue as AlternateBeamDoseTypeValue

__all__ = ["AlternateBeamDoseType", "AlternateBeamDoseTypeValue"]
