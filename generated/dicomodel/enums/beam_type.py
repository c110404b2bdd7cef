"""Enumerated Values and Defined Terms of Beam Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BeamType",
    "BeamTypeValue",
]


class BeamType(StrEnum):
    """Enumerated Values of Beam Type (300A,00C4) in RT Beams Module Attributes (C.8-50)."""

    STATIC = "STATIC"
    """All Control Point Sequence (300A,0111) Attributes remain unchanged between consecutive pairs of control points with changing Cumulative Meterset Weight (300A,0134)."""
    DYNAMIC = "DYNAMIC"
    """One or more Control Point Sequence (300A,0111) Attributes change between one or more consecutive pairs of control points with changing Cumulative Meterset Weight (300A,0134)."""


if TYPE_CHECKING:
    BeamTypeValue: TypeAlias = BeamType | Literal["STATIC", "DYNAMIC"]
else:
    BeamTypeValue = BeamType
"""A value of BeamType: the enum or the string of one of its members."""
