"""Enumerated Values and Defined Terms of Functional Settling Phase Frames Present.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FunctionalSettlingPhaseFramesPresent",
    "FunctionalSettlingPhaseFramesPresentValue",
]


class FunctionalSettlingPhaseFramesPresent(StrEnum):
    """Enumerated Values of Functional Settling Phase Frames Present (0018,9622) in MR Image Description Macro Attributes (C.8-84)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    FunctionalSettlingPhaseFramesPresentValue: TypeAlias = (
        FunctionalSettlingPhaseFramesPresent | Literal["YES", "NO"]
    )
else:
    FunctionalSettlingPhaseFramesPresentValue = FunctionalSettlingPhaseFramesPresent
"""A value of FunctionalSettlingPhaseFramesPresent: the enum or the string of one of its members."""
