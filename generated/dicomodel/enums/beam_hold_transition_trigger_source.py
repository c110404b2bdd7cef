"""Enumerated Values and Defined Terms of Beam Hold Transition Trigger Source.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BeamHoldTransitionTriggerSource",
    "BeamHoldTransitionTriggerSourceValue",
]


class BeamHoldTransitionTriggerSource(StrEnum):
    """Enumerated Values of Beam Hold Transition Trigger Source (300C,0129) in RT Beams Session Record Module Attributes (C.8-57)."""

    USER = "USER"
    """Transition was triggered manually by the user."""
    DEVICE = "DEVICE"
    """Transition was triggered automatically by the gating device itself."""


if TYPE_CHECKING:
    BeamHoldTransitionTriggerSourceValue: TypeAlias = (
        BeamHoldTransitionTriggerSource | Literal["USER", "DEVICE"]
    )
else:
    BeamHoldTransitionTriggerSourceValue = BeamHoldTransitionTriggerSource
"""A value of BeamHoldTransitionTriggerSource: the enum or the string of one of its members."""
