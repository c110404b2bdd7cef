"""Enumerated Values and Defined Terms of Wedge Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "WedgeTypeTerm",
    "WedgeTypeTermRTIonBeams",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import WedgeTypeTerm as WedgeTypeTerm
    from dicomodel.enums import WedgeTypeTermRTIonBeams as WedgeTypeTermRTIonBeams


@cache
def _WedgeTypeTerm() -> type[StrEnum]:
    class WedgeTypeTerm(StrEnum):
        """Defined Terms of Wedge Type (300A,00D3) in RT Beams Module Attributes (C.8-50)."""

        STANDARD = "STANDARD"
        """standard (static) wedge"""
        DYNAMIC = "DYNAMIC"
        """moving beam limiting device (collimator) jaw simulating wedge"""
        MOTORIZED = "MOTORIZED"
        """single wedge that can be removed from beam remotely"""

    WedgeTypeTerm.__qualname__ = "WedgeTypeTerm"
    return WedgeTypeTerm


@cache
def _WedgeTypeTermRTIonBeams() -> type[StrEnum]:
    class WedgeTypeTermRTIonBeams(StrEnum):
        """Defined Terms of Wedge Type (300A,00D3) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

        STANDARD = "STANDARD"
        """standard (static) wedge"""
        MOTORIZED = "MOTORIZED"
        """single wedge that can be removed from beam remotely."""
        PARTIAL_STANDARD = "PARTIAL_STANDARD"
        """wedge does not extend across the whole field and is operated manually."""
        PARTIAL_MOTORIZ = "PARTIAL_MOTORIZ"
        """wedge does not extend across the whole field and can be removed from beam remotely."""

    WedgeTypeTermRTIonBeams.__qualname__ = "WedgeTypeTermRTIonBeams"
    return WedgeTypeTermRTIonBeams


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "WedgeTypeTerm": _WedgeTypeTerm,
    "WedgeTypeTermRTIonBeams": _WedgeTypeTermRTIonBeams,
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
