"""Enumerated Values and Defined Terms of Image Box Small Scroll Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ImageBoxSmallScrollType as ImageBoxSmallScrollType
from dicomodel.enums import ImageBoxSmallScrollTypeValue as ImageBoxSmallScrollTypeValue

__all__ = ["ImageBoxSmallScrollType", "ImageBoxSmallScrollTypeValue"]
