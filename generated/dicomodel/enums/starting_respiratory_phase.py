"""Enumerated Values and Defined Terms of Starting Respiratory Phase.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "StartingRespiratoryPhase",
    "StartingRespiratoryPhaseValue",
]


class StartingRespiratoryPhase(StrEnum):
    """Enumerated Values of Starting Respiratory Phase (0020,9247) in Respiratory Synchronization Macro Attributes (C.7.6.16-18)."""

    INSPIRATION = "INSPIRATION"
    MAXIMUM = "MAXIMUM"
    EXPIRATION = "EXPIRATION"
    MINIMUM = "MINIMUM"


if TYPE_CHECKING:
    StartingRespiratoryPhaseValue: TypeAlias = (
        StartingRespiratoryPhase | Literal["INSPIRATION", "MAXIMUM", "EXPIRATION", "MINIMUM"]
    )
else:
    StartingRespiratoryPhaseValue = StartingRespiratoryPhase
"""A value of StartingRespiratoryPhase: the enum or the string of one of its members."""
