"""Enumerated Values and Defined Terms of DVH Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DVHType",
    "DVHTypeValue",
]


class DVHType(StrEnum):
    """Enumerated Values of DVH Type (3004,0001) in RT DVH Module Attributes (C.8-40)."""

    DIFFERENTIAL = "DIFFERENTIAL"
    """differential dose-volume histogram"""
    CUMULATIVE = "CUMULATIVE"
    """cumulative dose-volume histogram"""
    NATURAL = "NATURAL"
    """natural dose volume histogram"""


if TYPE_CHECKING:
    DVHTypeValue: TypeAlias = DVHType | Literal["DIFFERENTIAL", "CUMULATIVE", "NATURAL"]
else:
    DVHTypeValue = DVHType
"""A value of DVHType: the enum or the string of one of its members."""
