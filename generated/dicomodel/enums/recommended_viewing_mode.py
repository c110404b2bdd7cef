"""Enumerated Values and Defined Terms of Recommended Viewing Mode.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "RecommendedViewingMode",
    "RecommendedViewingModeTerm",
    "RecommendedViewingModeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import RecommendedViewingMode as RecommendedViewingMode
    from dicomodel.enums import RecommendedViewingModeTerm as RecommendedViewingModeTerm
    from dicomodel.enums import RecommendedViewingModeValue as RecommendedViewingModeValue


@cache
def _RecommendedViewingModeTerm() -> type[StrEnum]:
    class RecommendedViewingModeTerm(StrEnum):
        """Defined Terms of Recommended Viewing Mode (0028,1090) in Mask Module Attributes (C.7-16)."""

        SUB = "SUB"
        """For subtraction with mask images."""
        NAT = "NAT"
        """Native viewing of image as encoded."""

    RecommendedViewingModeTerm.__qualname__ = "RecommendedViewingModeTerm"
    return RecommendedViewingModeTerm


@cache
def _RecommendedViewingMode() -> type[StrEnum]:
    class RecommendedViewingMode(StrEnum):
        """Enumerated Values of Recommended Viewing Mode (0028,1090) in Presentation State Mask Module Attributes (C.11.13-1)."""

        SUB = "SUB"
        """for subtraction with mask images"""

    RecommendedViewingMode.__qualname__ = "RecommendedViewingMode"
    return RecommendedViewingMode


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "RecommendedViewingModeTerm": _RecommendedViewingModeTerm,
    "RecommendedViewingMode": _RecommendedViewingMode,
    "RecommendedViewingModeValue": _RecommendedViewingMode,
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
