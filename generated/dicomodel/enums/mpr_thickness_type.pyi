"""Enumerated Values and Defined Terms of MPR Thickness Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MPRThicknessType as MPRThicknessType
from dicomodel.enums import MPRThicknessTypeValue as MPRThicknessTypeValue

__all__ = ["MPRThicknessType", "MPRThicknessTypeValue"]
