"""Enumerated Values and Defined Terms of Conversion Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "ConversionTypeTerm",
    "ConversionTypeTermRTImage",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import ConversionTypeTerm as ConversionTypeTerm
    from dicomodel.enums import ConversionTypeTermRTImage as ConversionTypeTermRTImage


@cache
def _ConversionTypeTerm() -> type[StrEnum]:
    class ConversionTypeTerm(StrEnum):
        """Defined Terms of Conversion Type (0008,0064) in SC Equipment Module Attributes (C.8-24)."""

        DV = "DV"
        """Digitized Video"""
        DI = "DI"
        """Digital Interface"""
        DF = "DF"
        """Digitized Film"""
        WSD = "WSD"
        """Workstation"""
        SD = "SD"
        """Scanned Document"""
        SI = "SI"
        """Scanned Image"""
        DRW = "DRW"
        """Drawing"""
        SYN = "SYN"
        """Synthetic Image"""

    ConversionTypeTerm.__qualname__ = "ConversionTypeTerm"
    return ConversionTypeTerm


@cache
def _ConversionTypeTermRTImage() -> type[StrEnum]:
    class ConversionTypeTermRTImage(StrEnum):
        """Defined Terms of Conversion Type (0008,0064) in RT Image Module Attributes (C.8-38)."""

        DV = "DV"
        """Digitized Video"""
        DI = "DI"
        """Digital Interface"""
        DF = "DF"
        """Digitized Film"""
        WSD = "WSD"
        """Workstation"""

    ConversionTypeTermRTImage.__qualname__ = "ConversionTypeTermRTImage"
    return ConversionTypeTermRTImage


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "ConversionTypeTerm": _ConversionTypeTerm,
    "ConversionTypeTermRTImage": _ConversionTypeTermRTImage,
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
