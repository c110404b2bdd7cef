"""Enumerated Values and Defined Terms of Hanging Protocol Level.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "HangingProtocolLevel",
    "HangingProtocolLevelValue",
]


class HangingProtocolLevel(StrEnum):
    """Enumerated Values of Hanging Protocol Level (0072,0006) in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    MANUFACTURER = "MANUFACTURER"
    SITE = "SITE"
    USER_GROUP = "USER_GROUP"
    SINGLE_USER = "SINGLE_USER"


if TYPE_CHECKING:
    HangingProtocolLevelValue: TypeAlias = (
        HangingProtocolLevel | Literal["MANUFACTURER", "SITE", "USER_GROUP", "SINGLE_USER"]
    )
else:
    HangingProtocolLevelValue = HangingProtocolLevel
"""A value of HangingProtocolLevel: the enum or the string of one of its members."""
