"""Enumerated Values and Defined Terms of Smoking Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SmokingStatus",
    "SmokingStatusValue",
]


class SmokingStatus(StrEnum):
    """Enumerated Values of Smoking Status (0010,21A0) in Patient Medical Module Attributes (C.2-4)."""

    YES = "YES"
    NO = "NO"
    UNKNOWN = "UNKNOWN"


if TYPE_CHECKING:
    SmokingStatusValue: TypeAlias = SmokingStatus | Literal["YES", "NO", "UNKNOWN"]
else:
    SmokingStatusValue = SmokingStatus
"""A value of SmokingStatus: the enum or the string of one of its members."""
