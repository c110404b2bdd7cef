"""Enumerated Values and Defined Terms of Partial Fourier Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PartialFourierDirection",
    "PartialFourierDirectionValue",
]


class PartialFourierDirection(StrEnum):
    """Enumerated Values of Partial Fourier Direction (0018,9036) in MR Modifier Macro Attributes (C.8-92)."""

    PHASE = "PHASE"
    FREQUENCY = "FREQUENCY"
    SLICE_SELECT = "SLICE_SELECT"
    COMBINATION = "COMBINATION"


if TYPE_CHECKING:
    PartialFourierDirectionValue: TypeAlias = (
        PartialFourierDirection | Literal["PHASE", "FREQUENCY", "SLICE_SELECT", "COMBINATION"]
    )
else:
    PartialFourierDirectionValue = PartialFourierDirection
"""A value of PartialFourierDirection: the enum or the string of one of its members."""
