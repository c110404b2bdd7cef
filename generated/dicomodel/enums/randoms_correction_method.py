"""Enumerated Values and Defined Terms of Randoms Correction Method.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "RandomsCorrectionMethodTerm",
    "RandomsCorrectionMethodTermEnhancedPETCorrections",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import RandomsCorrectionMethodTerm as RandomsCorrectionMethodTerm
    from dicomodel.enums import (
        RandomsCorrectionMethodTermEnhancedPETCorrections as RandomsCorrectionMethodTermEnhancedPETCorrections,
    )


@cache
def _RandomsCorrectionMethodTerm() -> type[StrEnum]:
    class RandomsCorrectionMethodTerm(StrEnum):
        """Defined Terms of Randoms Correction Method (0054,1100) in PET Series Module Attributes (C.8-60)."""

        NONE = "NONE"
        """no randoms correction"""
        DLYD = "DLYD"
        """delayed event subtraction"""
        SING = "SING"
        """singles estimation"""

    RandomsCorrectionMethodTerm.__qualname__ = "RandomsCorrectionMethodTerm"
    return RandomsCorrectionMethodTerm


@cache
def _RandomsCorrectionMethodTermEnhancedPETCorrections() -> type[StrEnum]:
    class RandomsCorrectionMethodTermEnhancedPETCorrections(StrEnum):
        """Defined Terms of Randoms Correction Method (0054,1100) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

        DLYD = "DLYD"
        """delayed event subtraction"""
        SING = "SING"
        """singles estimation"""
        PDDL = "PDDL"
        """Processed Delays, which is a correction based on a processed (filtered) version of the data acquired from the delayed coincidence channel."""

    RandomsCorrectionMethodTermEnhancedPETCorrections.__qualname__ = (
        "RandomsCorrectionMethodTermEnhancedPETCorrections"
    )
    return RandomsCorrectionMethodTermEnhancedPETCorrections


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "RandomsCorrectionMethodTerm": _RandomsCorrectionMethodTerm,
    "RandomsCorrectionMethodTermEnhancedPETCorrections": _RandomsCorrectionMethodTermEnhancedPETCorrections,
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
