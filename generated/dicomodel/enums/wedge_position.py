"""Enumerated Values and Defined Terms of Wedge Position.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "WedgePosition",
    "WedgePositionRTBeams",
    "WedgePositionRTBeamsValue",
    "WedgePositionValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import WedgePosition as WedgePosition
    from dicomodel.enums import WedgePositionRTBeams as WedgePositionRTBeams
    from dicomodel.enums import WedgePositionRTBeamsValue as WedgePositionRTBeamsValue
    from dicomodel.enums import WedgePositionValue as WedgePositionValue


@cache
def _WedgePosition() -> type[StrEnum]:
    class WedgePosition(StrEnum):
        """Enumerated Values of Wedge Position (300A,0118) in Wedge Positions Macro Attributes (C.36.2.2.11-1)."""

        IN = "IN"
        """The compensator surface shape is directed towards the patient."""
        OUT = "OUT"
        """The wedge is in fully retracted position."""
        PARTIAL = "PARTIAL"
        """The wedge is inserted only part of the way."""

    WedgePosition.__qualname__ = "WedgePosition"
    return WedgePosition


@cache
def _WedgePositionRTBeams() -> type[StrEnum]:
    class WedgePositionRTBeams(StrEnum):
        """Enumerated Values of Wedge Position (300A,0118) in RT Beams Module Attributes (C.8-50)."""

        IN = "IN"
        OUT = "OUT"

    WedgePositionRTBeams.__qualname__ = "WedgePositionRTBeams"
    return WedgePositionRTBeams


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "WedgePosition": _WedgePosition,
    "WedgePositionValue": _WedgePosition,
    "WedgePositionRTBeams": _WedgePositionRTBeams,
    "WedgePositionRTBeamsValue": _WedgePositionRTBeams,
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
