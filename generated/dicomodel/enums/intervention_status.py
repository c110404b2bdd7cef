"""Enumerated Values and Defined Terms of Intervention Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "InterventionStatus",
    "InterventionStatusValue",
]


class InterventionStatus(StrEnum):
    """Enumerated Values of Intervention Status (0018,0038) in Intervention Module Attributes (C.7-19)."""

    PRE = "PRE"
    INTERMEDIATE = "INTERMEDIATE"
    POST = "POST"
    NONE = "NONE"


if TYPE_CHECKING:
    InterventionStatusValue: TypeAlias = (
        InterventionStatus | Literal["PRE", "INTERMEDIATE", "POST", "NONE"]
    )
else:
    InterventionStatusValue = InterventionStatus
"""A value of InterventionStatus: the enum or the string of one of its members."""
