"""Enumerated Values and Defined Terms of Table Motion.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "TableMotion",
    "TableMotionTerm",
    "TableMotionValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import TableMotion as TableMotion
    from dicomodel.enums import TableMotionTerm as TableMotionTerm
    from dicomodel.enums import TableMotionValue as TableMotionValue


@cache
def _TableMotionTerm() -> type[StrEnum]:
    class TableMotionTerm(StrEnum):
        """Defined Terms of Table Motion (0018,1134) in X-Ray Table Module Attributes (C.8-29)."""

        STATIC = "STATIC"
        DYNAMIC = "DYNAMIC"

    TableMotionTerm.__qualname__ = "TableMotionTerm"
    return TableMotionTerm


@cache
def _TableMotion() -> type[StrEnum]:
    class TableMotion(StrEnum):
        """Enumerated Values of Table Motion (0018,1134) in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

        STATIC = "STATIC"
        """Table is stationary during data acquisition."""
        DYNAMIC = "DYNAMIC"
        """Table is moving during data acquisition."""

    TableMotion.__qualname__ = "TableMotion"
    return TableMotion


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "TableMotionTerm": _TableMotionTerm,
    "TableMotion": _TableMotion,
    "TableMotionValue": _TableMotion,
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
