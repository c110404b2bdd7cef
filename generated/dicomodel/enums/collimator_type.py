"""Enumerated Values and Defined Terms of Collimator Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "CollimatorTypeTerm",
    "CollimatorTypeTermPETSeries",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import CollimatorTypeTerm as CollimatorTypeTerm
    from dicomodel.enums import CollimatorTypeTermPETSeries as CollimatorTypeTermPETSeries


@cache
def _CollimatorTypeTerm() -> type[StrEnum]:
    class CollimatorTypeTerm(StrEnum):
        """Defined Terms of Collimator Type (0018,1181) in NM Detector Module Attributes (C.8-11)."""

        PARA = "PARA"
        """Parallel (default)"""
        PINH = "PINH"
        """Pinhole"""
        FANB = "FANB"
        """Fan-beam"""
        CONE = "CONE"
        """Cone-beam"""
        SLNT = "SLNT"
        """Slant hole"""
        ASTG = "ASTG"
        """Astigmatic"""
        DIVG = "DIVG"
        """Diverging"""
        NONE = "NONE"
        """No collimator"""
        UNKN = "UNKN"
        """Unknown"""

    CollimatorTypeTerm.__qualname__ = "CollimatorTypeTerm"
    return CollimatorTypeTerm


@cache
def _CollimatorTypeTermPETSeries() -> type[StrEnum]:
    class CollimatorTypeTermPETSeries(StrEnum):
        """Defined Terms of Collimator Type (0018,1181) in PET Series Module Attributes (C.8-60)."""

        NONE = "NONE"
        """no collimator"""
        RING = "RING"
        """transverse septa"""

    CollimatorTypeTermPETSeries.__qualname__ = "CollimatorTypeTermPETSeries"
    return CollimatorTypeTermPETSeries


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "CollimatorTypeTerm": _CollimatorTypeTerm,
    "CollimatorTypeTermPETSeries": _CollimatorTypeTermPETSeries,
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
