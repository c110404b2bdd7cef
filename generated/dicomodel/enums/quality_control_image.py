"""Enumerated Values and Defined Terms of Quality Control Image.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "QualityControlImage",
    "QualityControlImageEnhancedXAXRFImage",
    "QualityControlImageEnhancedXAXRFImageValue",
    "QualityControlImageValue",
]


class QualityControlImage(StrEnum):
    """Enumerated Values of Quality Control Image (0028,0300) in General Image Module Attributes (C.7-9)."""

    YES = "YES"
    """the image contains only quality control material"""
    NO = "NO"
    """the image does not contain quality control material"""
    BOTH = "BOTH"
    """the image contains both subject (patient) and quality control information"""


if TYPE_CHECKING:
    QualityControlImageValue: TypeAlias = QualityControlImage | Literal["YES", "NO", "BOTH"]
else:
    QualityControlImageValue = QualityControlImage
"""A value of QualityControlImage: the enum or the string of one of its members."""


class QualityControlImageEnhancedXAXRFImage(StrEnum):
    """Enumerated Values of Quality Control Image (0028,0300) in Enhanced XA/XRF Image Module Table (C.8.19.2-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    QualityControlImageEnhancedXAXRFImageValue: TypeAlias = (
        QualityControlImageEnhancedXAXRFImage | Literal["YES", "NO"]
    )
else:
    QualityControlImageEnhancedXAXRFImageValue = QualityControlImageEnhancedXAXRFImage
"""A value of QualityControlImageEnhancedXAXRFImage: the enum or the string of one of its members."""
