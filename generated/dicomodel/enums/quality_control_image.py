"""Enumerated Values and Defined Terms of Quality Control Image.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "QualityControlImage",
    "QualityControlImageEnhancedXAXRFImage",
    "QualityControlImageEnhancedXAXRFImageValue",
    "QualityControlImageValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import QualityControlImage as QualityControlImage
    from dicomodel.enums import (
        QualityControlImageEnhancedXAXRFImage as QualityControlImageEnhancedXAXRFImage,
    )
    from dicomodel.enums import (
        QualityControlImageEnhancedXAXRFImageValue as QualityControlImageEnhancedXAXRFImageValue,
    )
    from dicomodel.enums import QualityControlImageValue as QualityControlImageValue


@cache
def _QualityControlImage() -> type[StrEnum]:
    class QualityControlImage(StrEnum):
        """Enumerated Values of Quality Control Image (0028,0300) in General Image Module Attributes (C.7-9)."""

        YES = "YES"
        """the image contains only quality control material"""
        NO = "NO"
        """the image does not contain quality control material"""
        BOTH = "BOTH"
        """the image contains both subject (patient) and quality control information"""

    QualityControlImage.__qualname__ = "QualityControlImage"
    return QualityControlImage


@cache
def _QualityControlImageEnhancedXAXRFImage() -> type[StrEnum]:
    class QualityControlImageEnhancedXAXRFImage(StrEnum):
        """Enumerated Values of Quality Control Image (0028,0300) in Enhanced XA/XRF Image Module Table (C.8.19.2-1)."""

        YES = "YES"
        NO = "NO"

    QualityControlImageEnhancedXAXRFImage.__qualname__ = "QualityControlImageEnhancedXAXRFImage"
    return QualityControlImageEnhancedXAXRFImage


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "QualityControlImage": _QualityControlImage,
    "QualityControlImageValue": _QualityControlImage,
    "QualityControlImageEnhancedXAXRFImage": _QualityControlImageEnhancedXAXRFImage,
    "QualityControlImageEnhancedXAXRFImageValue": _QualityControlImageEnhancedXAXRFImage,
}


def __getattr__(name: str) -> Any:
    """An enum of this file, made on first use (issue 16)."""
    make = _MAKERS.get(name)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = make()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
