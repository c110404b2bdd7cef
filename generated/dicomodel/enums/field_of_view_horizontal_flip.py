"""Enumerated Values and Defined Terms of Field of View Horizontal Flip.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "FieldOfViewHorizontalFlip",
    "FieldOfViewHorizontalFlipDXDetector",
    "FieldOfViewHorizontalFlipDXDetectorValue",
    "FieldOfViewHorizontalFlipValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import FieldOfViewHorizontalFlip as FieldOfViewHorizontalFlip
    from dicomodel.enums import (
        FieldOfViewHorizontalFlipDXDetector as FieldOfViewHorizontalFlipDXDetector,
    )
    from dicomodel.enums import (
        FieldOfViewHorizontalFlipDXDetectorValue as FieldOfViewHorizontalFlipDXDetectorValue,
    )
    from dicomodel.enums import FieldOfViewHorizontalFlipValue as FieldOfViewHorizontalFlipValue


@cache
def _FieldOfViewHorizontalFlip() -> type[StrEnum]:
    class FieldOfViewHorizontalFlip(StrEnum):
        """Enumerated Values of Field of View Horizontal Flip (0018,7034) in X-Ray Field of View Macro Attributes (C.8.19.6-2)."""

        NO = "NO"
        YES = "YES"

    FieldOfViewHorizontalFlip.__qualname__ = "FieldOfViewHorizontalFlip"
    return FieldOfViewHorizontalFlip


@cache
def _FieldOfViewHorizontalFlipDXDetector() -> type[StrEnum]:
    class FieldOfViewHorizontalFlipDXDetector(StrEnum):
        """Enumerated Values of Field of View Horizontal Flip (0018,7034) in DX Detector Module Attributes (C.8-71)."""

        YES = "YES"
        NO = "NO"

    FieldOfViewHorizontalFlipDXDetector.__qualname__ = "FieldOfViewHorizontalFlipDXDetector"
    return FieldOfViewHorizontalFlipDXDetector


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "FieldOfViewHorizontalFlip": _FieldOfViewHorizontalFlip,
    "FieldOfViewHorizontalFlipValue": _FieldOfViewHorizontalFlip,
    "FieldOfViewHorizontalFlipDXDetector": _FieldOfViewHorizontalFlipDXDetector,
    "FieldOfViewHorizontalFlipDXDetectorValue": _FieldOfViewHorizontalFlipDXDetector,
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
