"""Enumerated Values and Defined Terms of Imaging Aperture Specification Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ImagingApertureSpecificationType as ImagingApertureSpecificationType
from dicomodel.enums import (
    ImagingApertureSpecificationTypeValue as ImagingApertureSpecificationTypeValue,
)

__all__ = ["ImagingApertureSpecificationType", "ImagingApertureSpecificationTypeValue"]
