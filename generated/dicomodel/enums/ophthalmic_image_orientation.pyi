"""Enumerated Values and Defined Terms of Ophthalmic Image Orientation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OphthalmicImageOrientation as OphthalmicImageOrientation
from dicomodel.enums import OphthalmicImageOrientationValue as OphthalmicImageOrientationValue

__all__ = ["OphthalmicImageOrientation", "OphthalmicImageOrientationValue"]
