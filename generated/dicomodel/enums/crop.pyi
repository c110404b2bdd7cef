"""Enumerated Values and Defined Terms of Crop.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import Crop as Crop
from dicomodel.enums import CropValue as CropValue

__all__ = ["Crop", "CropValue"]
