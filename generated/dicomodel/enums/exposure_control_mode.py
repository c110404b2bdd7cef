"""Enumerated Values and Defined Terms of Exposure Control Mode.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "ExposureControlModeTerm",
    "ExposureControlModeTermEnhancedMammographyImage",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import ExposureControlModeTerm as ExposureControlModeTerm
    from dicomodel.enums import (
        ExposureControlModeTermEnhancedMammographyImage as ExposureControlModeTermEnhancedMammographyImage,
    )


@cache
def _ExposureControlModeTerm() -> type[StrEnum]:
    class ExposureControlModeTerm(StrEnum):
        """Defined Terms of Exposure Control Mode (0018,7060) in X-Ray Generation Module Attributes (C.8-34)."""

        MANUAL = "MANUAL"
        AUTOMATIC = "AUTOMATIC"

    ExposureControlModeTerm.__qualname__ = "ExposureControlModeTerm"
    return ExposureControlModeTerm


@cache
def _ExposureControlModeTermEnhancedMammographyImage() -> type[StrEnum]:
    class ExposureControlModeTermEnhancedMammographyImage(StrEnum):
        """Defined Terms of Exposure Control Mode (0018,7060) in Enhanced Mammography Image Module Attributes (C.8.31-1)."""

        AUTOMATIC = "AUTOMATIC"
        MANUAL = "MANUAL"

    ExposureControlModeTermEnhancedMammographyImage.__qualname__ = (
        "ExposureControlModeTermEnhancedMammographyImage"
    )
    return ExposureControlModeTermEnhancedMammographyImage


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "ExposureControlModeTerm": _ExposureControlModeTerm,
    "ExposureControlModeTermEnhancedMammographyImage": _ExposureControlModeTermEnhancedMammographyImage,
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
