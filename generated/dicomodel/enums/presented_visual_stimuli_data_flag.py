"""Enumerated Values and Defined Terms of Presented Visual Stimuli Data Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PresentedVisualStimuliDataFlag",
    "PresentedVisualStimuliDataFlagValue",
]


class PresentedVisualStimuliDataFlag(StrEnum):
    """Enumerated Values of Presented Visual Stimuli Data Flag (0024,0037) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    PresentedVisualStimuliDataFlagValue: TypeAlias = (
        PresentedVisualStimuliDataFlag | Literal["YES", "NO"]
    )
else:
    PresentedVisualStimuliDataFlagValue = PresentedVisualStimuliDataFlag
"""A value of PresentedVisualStimuliDataFlag: the enum or the string of one of its members."""
