"""Enumerated Values and Defined Terms of Decimate/Crop Result.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DecimateCropResult as DecimateCropResult
from dicomodel.enums import DecimateCropResultValue as DecimateCropResultValue

__all__ = ["DecimateCropResult", "DecimateCropResultValue"]
