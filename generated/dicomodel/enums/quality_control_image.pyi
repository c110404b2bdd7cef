"""Enumerated Values and Defined Terms of Quality Control Image.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import QualityControlImage as QualityControlImage
from dicomodel.enums import (
    QualityControlImageEnhancedXAXRFImage as QualityControlImageEnhancedXAXRFImage,
)
from dicomodel.enums import (
    QualityControlImageEnhancedXAXRFImageValue as QualityControlImageEnhancedXAXRFImageValue,
)
from dicomodel.enums import QualityControlImageValue as QualityControlImageValue

__all__ = [
    "QualityControlImage",
    "QualityControlImageEnhancedXAXRFImage",
    "QualityControlImageEnhancedXAXRFImageValue",
    "QualityControlImageValue",
]
