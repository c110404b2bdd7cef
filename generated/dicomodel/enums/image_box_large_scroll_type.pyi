"""Enumerated Values and Defined Terms of Image Box Large Scroll Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ImageBoxLargeScrollType as ImageBoxLargeScrollType
from dicomodel.enums import ImageBoxLargeScrollTypeValue as ImageBoxLargeScrollTypeValue

__all__ = ["ImageBoxLargeScrollType", "ImageBoxLargeScrollTypeValue"]
