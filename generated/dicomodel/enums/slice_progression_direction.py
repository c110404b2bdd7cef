"""Enumerated Values and Defined Terms of Slice Progression Direction.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "SliceProgressionDirection",
    "SliceProgressionDirectionNMReconstruction",
    "SliceProgressionDirectionNMReconstructionValue",
    "SliceProgressionDirectionValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import SliceProgressionDirection as SliceProgressionDirection
    from dicomodel.enums import (
        SliceProgressionDirectionNMReconstruction as SliceProgressionDirectionNMReconstruction,
    )
    from dicomodel.enums import (
        SliceProgressionDirectionNMReconstructionValue as SliceProgressionDirectionNMReconstructionValue,
    )
    from dicomodel.enums import SliceProgressionDirectionValue as SliceProgressionDirectionValue


@cache
def _SliceProgressionDirection() -> type[StrEnum]:
    class SliceProgressionDirection(StrEnum):
        """Enumerated Values of Slice Progression Direction (0054,0500) in Mandatory View and Slice Progression Direction Macro Attributes (10-24)."""

        APEX_TO_BASE = "APEX_TO_BASE"
        BASE_TO_APEX = "BASE_TO_APEX"
        ANT_TO_INF = "ANT_TO_INF"
        """Anterior to Inferior"""
        INF_TO_ANT = "INF_TO_ANT"
        """Inferior to Anterior"""
        SEPTUM_TO_WALL = "SEPTUM_TO_WALL"
        """Septum to Lateral Wall"""
        WALL_TO_SEPTUM = "WALL_TO_SEPTUM"
        """Lateral Wall to Septum"""

    SliceProgressionDirection.__qualname__ = "SliceProgressionDirection"
    return SliceProgressionDirection


@cache
def _SliceProgressionDirectionNMReconstruction() -> type[StrEnum]:
    class SliceProgressionDirectionNMReconstruction(StrEnum):
        """Enumerated Values of Slice Progression Direction (0054,0500) in NM Reconstruction Module Attributes (C.8-15)."""

        APEX_TO_BASE = "APEX_TO_BASE"
        BASE_TO_APEX = "BASE_TO_APEX"

    SliceProgressionDirectionNMReconstruction.__qualname__ = (
        "SliceProgressionDirectionNMReconstruction"
    )
    return SliceProgressionDirectionNMReconstruction


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "SliceProgressionDirection": _SliceProgressionDirection,
    "SliceProgressionDirectionValue": _SliceProgressionDirection,
    "SliceProgressionDirectionNMReconstruction": _SliceProgressionDirectionNMReconstruction,
    "SliceProgressionDirectionNMReconstructionValue": _SliceProgressionDirectionNMReconstruction,
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
