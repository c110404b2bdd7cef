"""Enumerated Values and Defined Terms of Global Crop.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GlobalCrop as GlobalCrop
from dicomodel.enums import GlobalCropValue as GlobalCropValue

__all__ = ["GlobalCrop", "GlobalCropValue"]
