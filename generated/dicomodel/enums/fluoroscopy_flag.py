"""Enumerated Values and Defined Terms of Fluoroscopy Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FluoroscopyFlag",
    "FluoroscopyFlagValue",
]


class FluoroscopyFlag(StrEnum):
    """Enumerated Values of Fluoroscopy Flag (0018,9334) in CT Acquisition Type Macro Attributes (C.8-118)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    FluoroscopyFlagValue: TypeAlias = FluoroscopyFlag | Literal["YES", "NO"]
else:
    FluoroscopyFlagValue = FluoroscopyFlag
"""A value of FluoroscopyFlag: the enum or the string of one of its members."""
