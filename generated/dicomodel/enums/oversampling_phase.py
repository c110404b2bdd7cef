"""Enumerated Values and Defined Terms of Oversampling Phase.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "OversamplingPhase",
    "OversamplingPhaseValue",
]


class OversamplingPhase(StrEnum):
    """Enumerated Values of Oversampling Phase (0018,9029) in MR Pulse Sequence Module Attributes (C.8-87)."""

    V2D = "2D"
    """phase direction"""
    V3D = "3D"
    """out of plane direction"""
    V2D_3D = "2D_3D"
    """both"""
    NONE = "NONE"


if TYPE_CHECKING:
    OversamplingPhaseValue: TypeAlias = OversamplingPhase | Literal["2D", "3D", "2D_3D", "NONE"]
else:
    OversamplingPhaseValue = OversamplingPhase
"""A value of OversamplingPhase: the enum or the string of one of its members."""
