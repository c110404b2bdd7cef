"""Enumerated Values and Defined Terms of SUV Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SUVType as SUVType
from dicomodel.enums import SUVTypeValue as SUVTypeValue

__all__ = ["SUVType", "SUVTypeValue"]
