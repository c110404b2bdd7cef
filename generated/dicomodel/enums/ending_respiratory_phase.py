"""Enumerated Values and Defined Terms of Ending Respiratory Phase.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "EndingRespiratoryPhase",
    "EndingRespiratoryPhaseValue",
]


class EndingRespiratoryPhase(StrEnum):
    """Enumerated Values of Ending Respiratory Phase (0020,9249) in Respiratory Synchronization Macro Attributes (C.7.6.16-18)."""

    INSPIRATION = "INSPIRATION"
    MAXIMUM = "MAXIMUM"
    EXPIRATION = "EXPIRATION"
    MINIMUM = "MINIMUM"


if TYPE_CHECKING:
    EndingRespiratoryPhaseValue: TypeAlias = (
        EndingRespiratoryPhase | Literal["INSPIRATION", "MAXIMUM", "EXPIRATION", "MINIMUM"]
    )
else:
    EndingRespiratoryPhaseValue = EndingRespiratoryPhase
"""A value of EndingRespiratoryPhase: the enum or the string of one of its members."""
