"""Enumerated Values and Defined Terms of In-plane Phase Encoding Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "InPlanePhaseEncodingDirection",
    "InPlanePhaseEncodingDirectionMRImage",
    "InPlanePhaseEncodingDirectionMRImageValue",
    "InPlanePhaseEncodingDirectionValue",
]


class InPlanePhaseEncodingDirection(StrEnum):
    """Enumerated Values of In-plane Phase Encoding Direction (0018,1312) in MR FOV/Geometry Macro Attributes (C.8-90)."""

    COLUMN = "COLUMN"
    ROW = "ROW"
    OTHER = "OTHER"


if TYPE_CHECKING:
    InPlanePhaseEncodingDirectionValue: TypeAlias = (
        InPlanePhaseEncodingDirection | Literal["COLUMN", "ROW", "OTHER"]
    )
else:
    InPlanePhaseEncodingDirectionValue = InPlanePhaseEncodingDirection
"""A value of InPlanePhaseEncodingDirection: the enum or the string of one of its members."""


class InPlanePhaseEncodingDirectionMRImage(StrEnum):
    """Enumerated Values of In-plane Phase Encoding Direction (0018,1312) in MR Image Module Attributes (C.8-4)."""

    ROW = "ROW"
    """phase encoded in rows."""
    COL = "COL"
    """phase encoded in columns."""


if TYPE_CHECKING:
    InPlanePhaseEncodingDirectionMRImageValue: TypeAlias = (
        InPlanePhaseEncodingDirectionMRImage | Literal["ROW", "COL"]
    )
else:
    InPlanePhaseEncodingDirectionMRImageValue = InPlanePhaseEncodingDirectionMRImage
"""A value of InPlanePhaseEncodingDirectionMRImage: the enum or the string of one of its members."""
