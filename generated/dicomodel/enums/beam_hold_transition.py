"""Enumerated Values and Defined Terms of Beam Hold Transition.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BeamHoldTransition",
    "BeamHoldTransitionValue",
]


class BeamHoldTransition(StrEnum):
    """Enumerated Values of Beam Hold Transition (300C,0126) in RT Beams Session Record Module Attributes (C.8-57)."""

    HOLD = "HOLD"
    """Beam held."""
    RESTART = "RESTART"
    """Beam restarted."""


if TYPE_CHECKING:
    BeamHoldTransitionValue: TypeAlias = BeamHoldTransition | Literal["HOLD", "RESTART"]
else:
    BeamHoldTransitionValue = BeamHoldTransition
"""A value of BeamHoldTransition: the enum or the string of one of its members."""
