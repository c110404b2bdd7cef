"""Enumerated Values and Defined Terms of Positioner Motion.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "PositionerMotionTerm",
    "PositionerMotionTermEnhancedMammographyImage",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import PositionerMotionTerm as PositionerMotionTerm
    from dicomodel.enums import (
        PositionerMotionTermEnhancedMammographyImage as PositionerMotionTermEnhancedMammographyImage,
    )


@cache
def _PositionerMotionTerm() -> type[StrEnum]:
    class PositionerMotionTerm(StrEnum):
        """Defined Terms of Positioner Motion (0018,1500) in XA Positioner Module Attributes (C.8-30)."""

        DYNAMIC = "DYNAMIC"
        STATIC = "STATIC"

    PositionerMotionTerm.__qualname__ = "PositionerMotionTerm"
    return PositionerMotionTerm


@cache
def _PositionerMotionTermEnhancedMammographyImage() -> type[StrEnum]:
    class PositionerMotionTermEnhancedMammographyImage(StrEnum):
        """Defined Terms of Positioner Motion (0018,1500) in Enhanced Mammography Image Module Attributes (C.8.31-1)."""

        STATIONARY = "STATIONARY"
        """No motion."""
        ROTATION_STEP = "ROTATION_STEP"
        """Circular arc motion, stepped, acquire only while stationary."""
        ROTATION_CONT = "ROTATION_CONT"
        """Circular arc motion, continuous during acquisition."""
        TRANSLATION_STEP = "TRANSLATION_STEP"
        """Linear motion, stepped, acquire only while stationary."""
        TRANSLATION_CONT = "TRANSLATION_CONT"
        """Linear motion, continuous during acquisition."""
        COMPLEX_STEP = "COMPLEX_STEP"
        """Complex motion, stepped, acquire only while stationary."""
        COMPLEX_CONT = "COMPLEX_CONT"
        """Complex motion, continuous during acquisition."""

    PositionerMotionTermEnhancedMammographyImage.__qualname__ = (
        "PositionerMotionTermEnhancedMammographyImage"
    )
    return PositionerMotionTermEnhancedMammographyImage


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "PositionerMotionTerm": _PositionerMotionTerm,
    "PositionerMotionTermEnhancedMammographyImage": _PositionerMotionTermEnhancedMammographyImage,
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
