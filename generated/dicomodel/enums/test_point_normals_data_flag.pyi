"""Enumerated Values and Defined Terms of Test Point Normals Data Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TestPointNormalsDataFlag as TestPointNormalsDataFlag
from dicomodel.enums import TestPointNormalsDataFlagValue as TestPointNormalsDataFlagValue

__all__ = ["TestPointNormalsDataFlag", "TestPointNormalsDataFlagValue"]
