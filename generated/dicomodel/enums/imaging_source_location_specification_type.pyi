"""Enumerated Values and Defined Terms of Imaging Source Location Specification Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    ImagingSourceLocationSpecificationType as ImagingSourceLocationSpecificationType,
)
from dicomodel.enums import (
    ImagingSourceLocationSpecificationTypeValue as ImagingSourceLocationSpecificationTypeValue,
)

__all__ = ["ImagingSourceLocationSpecificationType", "ImagingSourceLocationSpecificationTypeValue"]
