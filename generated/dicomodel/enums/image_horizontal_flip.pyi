"""Enumerated Values and Defined Terms of Image Horizontal Flip.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ImageHorizontalFlip as ImageHorizontalFlip
from dicomodel.enums import ImageHorizontalFlipValue as ImageHorizontalFlipValue

__all__ = ["ImageHorizontalFlip", "ImageHorizontalFlipValue"]
