"""Enumerated Values and Defined Terms of Beam Dose Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BeamDoseType as BeamDoseType
from dicomodel.enums import BeamDoseTypeValue as BeamDoseTypeValue

__all__ = ["BeamDoseType", "BeamDoseTypeValue"]
