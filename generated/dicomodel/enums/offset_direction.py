"""Enumerated Values and Defined Terms of Offset Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "OffsetDirection",
    "OffsetDirectionValue",
]


class OffsetDirection(StrEnum):
    """Enumerated Values of Offset Direction (0018,9905) in Reference Location Macro Attributes (10.27-1)."""

    SUPERIOR = "SUPERIOR"
    INFERIOR = "INFERIOR"
    ANTERIOR = "ANTERIOR"
    POSTERIOR = "POSTERIOR"
    LEFT = "LEFT"
    RIGHT = "RIGHT"
    PROXIMAL = "PROXIMAL"
    DISTAL = "DISTAL"
    MEDIAL = "MEDIAL"
    LATERAL = "LATERAL"


if TYPE_CHECKING:
    OffsetDirectionValue: TypeAlias = (
        OffsetDirection
        | Literal[
            "SUPERIOR",
            "INFERIOR",
            "ANTERIOR",
            "POSTERIOR",
            "LEFT",
            "RIGHT",
            "PROXIMAL",
            "DISTAL",
            "MEDIAL",
            "LATERAL",
        ]
    )
else:
    OffsetDirectionValue = OffsetDirection
"""A value of OffsetDirection: the enum or the string of one of its members."""
