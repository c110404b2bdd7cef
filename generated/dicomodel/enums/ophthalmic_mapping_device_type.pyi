"""Enumerated Values and Defined Terms of Ophthalmic Mapping Device Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OphthalmicMappingDeviceTypeTerm as OphthalmicMappingDeviceTypeTerm
from dicomodel.enums import (
    OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis as OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis,
)

__all__ = [
    "OphthalmicMappingDeviceTypeTerm",
    "OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis",
]
