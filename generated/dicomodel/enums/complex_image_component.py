"""Enumerated Values and Defined Terms of Complex Image Component.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "ComplexImageComponentTerm",
    "ComplexImageComponentTermMRSpectroscopyFrameType",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import ComplexImageComponentTerm as ComplexImageComponentTerm
    from dicomodel.enums import (
        ComplexImageComponentTermMRSpectroscopyFrameType as ComplexImageComponentTermMRSpectroscopyFrameType,
    )


@cache
def _ComplexImageComponentTerm() -> type[StrEnum]:
    class ComplexImageComponentTerm(StrEnum):
        """Defined Terms of Complex Image Component (0008,9208) in MR Image Description Macro Attributes (C.8-84)."""

        MAGNITUDE = "MAGNITUDE"
        """The magnitude component of the complex image data."""
        PHASE = "PHASE"
        """The phase component of the complex image data."""
        REAL = "REAL"
        """The real component of the complex image data."""
        IMAGINARY = "IMAGINARY"
        """The imaginary component of the complex image data."""
        MIXED = "MIXED"
        """Used only as a value in Complex Image Component (0008,9208) in the Enhanced MR Image Module if frames within the image SOP Instance contain different values for the Complex Image Component Attribute in the MR Frame Type Functional Group."""

    ComplexImageComponentTerm.__qualname__ = "ComplexImageComponentTerm"
    return ComplexImageComponentTerm


@cache
def _ComplexImageComponentTermMRSpectroscopyFrameType() -> type[StrEnum]:
    class ComplexImageComponentTermMRSpectroscopyFrameType(StrEnum):
        """Defined Terms of Complex Image Component (0008,9208) in MR Spectroscopy Frame Type Macro Attributes (C.8-104)."""

        MAGNITUDE = "MAGNITUDE"
        """The magnitude component of the complex spectroscopy data."""
        PHASE = "PHASE"
        """The phase component of the complex spectroscopy data."""
        REAL = "REAL"
        """The real component of the complex spectroscopy data."""
        IMAGINARY = "IMAGINARY"
        """The imaginary component of the complex spectroscopy data."""
        COMPLEX = "COMPLEX"
        """The real and imaginary components of the complex spectroscopy data."""
        MIXED = "MIXED"
        """Used only as a value in Complex Image Component (0008,9208) in the MR Spectroscopy Module if frames within the image SOP Instance contain different values for the Complex Image Component Attribute in the MR Spectroscopy Frame Type Functional Group."""

    ComplexImageComponentTermMRSpectroscopyFrameType.__qualname__ = (
        "ComplexImageComponentTermMRSpectroscopyFrameType"
    )
    return ComplexImageComponentTermMRSpectroscopyFrameType


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "ComplexImageComponentTerm": _ComplexImageComponentTerm,
    "ComplexImageComponentTermMRSpectroscopyFrameType": _ComplexImageComponentTermMRSpectroscopyFrameType,
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
