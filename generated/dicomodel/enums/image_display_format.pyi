"""Enumerated Values and Defined Terms of Image Display Format.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ImageDisplayFormat as ImageDisplayFormat
from dicomodel.enums import ImageDisplayFormatValue as ImageDisplayFormatValue

__all__ = ["ImageDisplayFormat", "ImageDisplayFormatValue"]
