"""Enumerated Values and Defined Terms of Synthetic Data.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SyntheticData",
    "SyntheticDataValue",
]


class SyntheticData(StrEnum):
    """Enumerated Values of Synthetic Data (0008,001C) in SOP Common Module Attributes (C.12-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    SyntheticDataValue: TypeAlias = SyntheticData | Literal["YES", "NO"]
else:
    SyntheticDataValue = SyntheticData
"""A value of SyntheticData: the enum or the string of one of its members."""
