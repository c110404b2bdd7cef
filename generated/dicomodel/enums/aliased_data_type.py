"""Enumerated Values and Defined Terms of Aliased Data Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AliasedDataType",
    "AliasedDataTypeValue",
]


class AliasedDataType(StrEnum):
    """Enumerated Values of Aliased Data Type (0018,980B) in Image Data Type Macro Attributes (C.7.6.16.2.24-1)."""

    YES = "YES"
    """data are aliased values"""
    NO = "NO"
    """data are not aliased values"""


if TYPE_CHECKING:
    AliasedDataTypeValue: TypeAlias = AliasedDataType | Literal["YES", "NO"]
else:
    AliasedDataTypeValue = AliasedDataType
"""A value of AliasedDataType: the enum or the string of one of its members."""
