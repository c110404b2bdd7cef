"""Enumerated Values and Defined Terms of In-plane Phase Encoding Direction.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "InPlanePhaseEncodingDirection",
    "InPlanePhaseEncodingDirectionMRImage",
    "InPlanePhaseEncodingDirectionMRImageValue",
    "InPlanePhaseEncodingDirectionValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import InPlanePhaseEncodingDirection as InPlanePhaseEncodingDirection
    from dicomodel.enums import (
        InPlanePhaseEncodingDirectionMRImage as InPlanePhaseEncodingDirectionMRImage,
    )
    from dicomodel.enums import (
        InPlanePhaseEncodingDirectionMRImageValue as InPlanePhaseEncodingDirectionMRImageValue,
    )
    from dicomodel.enums import (
        InPlanePhaseEncodingDirectionValue as InPlanePhaseEncodingDirectionValue,
    )


@cache
def _InPlanePhaseEncodingDirection() -> type[StrEnum]:
    class InPlanePhaseEncodingDirection(StrEnum):
        """Enumerated Values of In-plane Phase Encoding Direction (0018,1312) in MR FOV/Geometry Macro Attributes (C.8-90)."""

        COLUMN = "COLUMN"
        ROW = "ROW"
        OTHER = "OTHER"

    InPlanePhaseEncodingDirection.__qualname__ = "InPlanePhaseEncodingDirection"
    return InPlanePhaseEncodingDirection


@cache
def _InPlanePhaseEncodingDirectionMRImage() -> type[StrEnum]:
    class InPlanePhaseEncodingDirectionMRImage(StrEnum):
        """Enumerated Values of In-plane Phase Encoding Direction (0018,1312) in MR Image Module Attributes (C.8-4)."""

        ROW = "ROW"
        """phase encoded in rows."""
        COL = "COL"
        """phase encoded in columns."""

    InPlanePhaseEncodingDirectionMRImage.__qualname__ = "InPlanePhaseEncodingDirectionMRImage"
    return InPlanePhaseEncodingDirectionMRImage


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "InPlanePhaseEncodingDirection": _InPlanePhaseEncodingDirection,
    "InPlanePhaseEncodingDirectionValue": _InPlanePhaseEncodingDirection,
    "InPlanePhaseEncodingDirectionMRImage": _InPlanePhaseEncodingDirectionMRImage,
    "InPlanePhaseEncodingDirectionMRImageValue": _InPlanePhaseEncodingDirectionMRImage,
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
