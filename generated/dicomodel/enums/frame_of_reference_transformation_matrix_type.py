"""Enumerated Values and Defined Terms of Frame of Reference Transformation Matrix Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "FrameOfReferenceTransformationMatrixType",
    "FrameOfReferenceTransformationMatrixTypeTerm",
    "FrameOfReferenceTransformationMatrixTypeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import (
        FrameOfReferenceTransformationMatrixType as FrameOfReferenceTransformationMatrixType,
    )
    from dicomodel.enums import (
        FrameOfReferenceTransformationMatrixTypeTerm as FrameOfReferenceTransformationMatrixTypeTerm,
    )
    from dicomodel.enums import (
        FrameOfReferenceTransformationMatrixTypeValue as FrameOfReferenceTransformationMatrixTypeValue,
    )


@cache
def _FrameOfReferenceTransformationMatrixType() -> type[StrEnum]:
    class FrameOfReferenceTransformationMatrixType(StrEnum):
        """Enumerated Values of Frame of Reference Transformation Matrix Type (0070,030C) in Spatial Registration Module Attributes (C.20.2-1)."""

        RIGID = "RIGID"
        RIGID_SCALE = "RIGID_SCALE"
        AFFINE = "AFFINE"

    FrameOfReferenceTransformationMatrixType.__qualname__ = (
        "FrameOfReferenceTransformationMatrixType"
    )
    return FrameOfReferenceTransformationMatrixType


@cache
def _FrameOfReferenceTransformationMatrixTypeTerm() -> type[StrEnum]:
    class FrameOfReferenceTransformationMatrixTypeTerm(StrEnum):
        """Defined Terms of Frame of Reference Transformation Matrix Type (0070,030C) in Deformable Spatial Registration Module Attributes (C.20.3-1)."""

        RIGID = "RIGID"
        RIGID_SCALE = "RIGID_SCALE"
        AFFINE = "AFFINE"

    FrameOfReferenceTransformationMatrixTypeTerm.__qualname__ = (
        "FrameOfReferenceTransformationMatrixTypeTerm"
    )
    return FrameOfReferenceTransformationMatrixTypeTerm


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "FrameOfReferenceTransformationMatrixType": _FrameOfReferenceTransformationMatrixType,
    "FrameOfReferenceTransformationMatrixTypeValue": _FrameOfReferenceTransformationMatrixType,
    "FrameOfReferenceTransformationMatrixTypeTerm": _FrameOfReferenceTransformationMatrixTypeTerm,
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
