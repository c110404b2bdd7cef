"""Enumerated Values and Defined Terms of Flow Compensation Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FlowCompensationDirection",
    "FlowCompensationDirectionValue",
]


class FlowCompensationDirection(StrEnum):
    """Enumerated Values of Flow Compensation Direction (0018,9183) in MR Modifier Macro Attributes (C.8-92)."""

    PHASE = "PHASE"
    FREQUENCY = "FREQUENCY"
    SLICE_SELECT = "SLICE_SELECT"
    SLICE_AND_FREQ = "SLICE_AND_FREQ"
    SLICE_FREQ_PHASE = "SLICE_FREQ_PHASE"
    PHASE_AND_FREQ = "PHASE_AND_FREQ"
    SLICE_AND_PHASE = "SLICE_AND_PHASE"
    OTHER = "OTHER"


if TYPE_CHECKING:
    FlowCompensationDirectionValue: TypeAlias = (
        FlowCompensationDirection
        | Literal[
            "PHASE",
            "FREQUENCY",
            "SLICE_SELECT",
            "SLICE_AND_FREQ",
            "SLICE_FREQ_PHASE",
            "PHASE_AND_FREQ",
            "SLICE_AND_PHASE",
            "OTHER",
        ]
    )
else:
    FlowCompensationDirectionValue = FlowCompensationDirection
"""A value of FlowCompensationDirection: the enum or the string of one of its members."""
