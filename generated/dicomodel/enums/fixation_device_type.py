"""Enumerated Values and Defined Terms of Fixation Device Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "FixationDeviceType",
    "FixationDeviceTypeTerm",
    "FixationDeviceTypeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import FixationDeviceType as FixationDeviceType
    from dicomodel.enums import FixationDeviceTypeTerm as FixationDeviceTypeTerm
    from dicomodel.enums import FixationDeviceTypeValue as FixationDeviceTypeValue


@cache
def _FixationDeviceTypeTerm() -> type[StrEnum]:
    class FixationDeviceTypeTerm(StrEnum):
        """Defined Terms of Fixation Device Type (300A,0192) in RT Patient Setup Module Attributes (C.8-48)."""

        BITEBLOCK = "BITEBLOCK"
        HEADFRAME = "HEADFRAME"
        MASK = "MASK"
        MOLD = "MOLD"
        CAST = "CAST"
        HEADREST = "HEADREST"
        BREAST_BOARD = "BREAST_BOARD"
        BODY_FRAME = "BODY_FRAME"
        VACUUM_MOLD = "VACUUM_MOLD"
        WHOLE_BODY_POD = "WHOLE_BODY_POD"
        RECTAL_BALLOON = "RECTAL_BALLOON"

    FixationDeviceTypeTerm.__qualname__ = "FixationDeviceTypeTerm"
    return FixationDeviceTypeTerm


@cache
def _FixationDeviceType() -> type[StrEnum]:
    class FixationDeviceType(StrEnum):
        """Enumerated Values of Fixation Device Type (300A,0192) in RT General Machine Verification Module Attributes (C.31-1)."""

        BITEBLOCK = "BITEBLOCK"
        HEADFRAME = "HEADFRAME"
        MASK = "MASK"
        MOLD = "MOLD"
        CAST = "CAST"
        HEADREST = "HEADREST"
        BREAST_BOARD = "BREAST_BOARD"
        BODY_FRAME = "BODY_FRAME"
        VACUUM_MOLD = "VACUUM_MOLD"
        WHOLE_BODY_POD = "WHOLE_BODY_POD"
        RECTAL_BALLOON = "RECTAL_BALLOON"

    FixationDeviceType.__qualname__ = "FixationDeviceType"
    return FixationDeviceType


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "FixationDeviceTypeTerm": _FixationDeviceTypeTerm,
    "FixationDeviceType": _FixationDeviceType,
    "FixationDeviceTypeValue": _FixationDeviceType,
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
