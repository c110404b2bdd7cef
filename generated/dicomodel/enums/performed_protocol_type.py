"""Enumerated Values and Defined Terms of Performed Protocol Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PerformedProtocolType",
    "PerformedProtocolTypeValue",
]


class PerformedProtocolType(StrEnum):
    """Enumerated Values of Performed Protocol Type (0040,0261) in Enhanced US Series Module Attributes (C.8.24.1-1)."""

    STAGED = "STAGED"
    NON_STAGED = "NON_STAGED"


if TYPE_CHECKING:
    PerformedProtocolTypeValue: TypeAlias = PerformedProtocolType | Literal["STAGED", "NON_STAGED"]
else:
    PerformedProtocolTypeValue = PerformedProtocolType
"""A value of PerformedProtocolType: the enum or the string of one of its members."""
