"""Enumerated Values and Defined Terms of Scan Mode.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "ScanMode",
    "ScanModeTerm",
    "ScanModeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import ScanMode as ScanMode
    from dicomodel.enums import ScanModeTerm as ScanModeTerm
    from dicomodel.enums import ScanModeValue as ScanModeValue


@cache
def _ScanModeTerm() -> type[StrEnum]:
    class ScanModeTerm(StrEnum):
        """Defined Terms of Scan Mode (300A,0308) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

        NONE = "NONE"
        """No beam scanning is performed."""
        UNIFORM = "UNIFORM"
        """Between control points, the beam is scanned to create a uniform lateral fluence distribution across the field."""
        MODULATED = "MODULATED"
        """Between control points, the beam is scanned to create a modulated lateral fluence distribution across the field."""
        MODULATED_SPEC = "MODULATED_SPEC"
        """Between control points, the beam is scanned to create a modulated lateral fluence distribution across the field. The specific scan mode is defined by Modulated Scan Mode Type (300A,0309)."""

    ScanModeTerm.__qualname__ = "ScanModeTerm"
    return ScanModeTerm


@cache
def _ScanMode() -> type[StrEnum]:
    class ScanMode(StrEnum):
        """Enumerated Values of Scan Mode (300A,0308) in RT Ion Machine Verification Module Attributes (C.31-3)."""

        NONE = "NONE"
        """No beam scanning is performed"""
        UNIFORM = "UNIFORM"
        """The beam is scanned between control points to create a uniform lateral fluence distribution across the field"""
        MODULATED = "MODULATED"
        """The beam is scanned between control points to create a modulated lateral fluence distribution across the field"""

    ScanMode.__qualname__ = "ScanMode"
    return ScanMode


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "ScanModeTerm": _ScanModeTerm,
    "ScanMode": _ScanMode,
    "ScanModeValue": _ScanMode,
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
