"""Enumerated Values and Defined Terms of Universal Entity ID Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "UniversalEntityIDType",
    "UniversalEntityIDTypeValue",
]


class UniversalEntityIDType(StrEnum):
    """Enumerated Values of Universal Entity ID Type (0040,0033) in Request Attributes Macro Attributes (10-9)."""

    DNS = "DNS"
    """An Internet dotted name. Either in ASCII or as integers"""
    EUI64 = "EUI64"
    """An IEEE Extended Unique Identifier"""
    ISO = "ISO"
    """An International Standards Organization Object Identifier"""
    URI = "URI"
    """Uniform Resource Identifier"""
    UUID = "UUID"
    """The DCE Universal Unique Identifier"""
    X400 = "X400"
    """An X.400 MHS identifier"""
    X500 = "X500"
    """An X.500 directory name"""


if TYPE_CHECKING:
    UniversalEntityIDTypeValue: TypeAlias = (
        UniversalEntityIDType | Literal["DNS", "EUI64", "ISO", "URI", "UUID", "X400", "X500"]
    )
else:
    UniversalEntityIDTypeValue = UniversalEntityIDType
"""A value of UniversalEntityIDType: the enum or the string of one of its members."""
