"""Enumerated Values and Defined Terms of Inventory Level.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "InventoryLevel",
    "InventoryLevelValue",
]


class InventoryLevel(StrEnum):
    """Enumerated Values of Inventory Level (0008,0403) in Inventory Module Attributes (C.38.1-1)."""

    STUDY = "STUDY"
    """Study records only"""
    SERIES = "SERIES"
    """Study and Series records only"""
    INSTANCE = "INSTANCE"
    """Study, Series, and Instance records"""


if TYPE_CHECKING:
    InventoryLevelValue: TypeAlias = InventoryLevel | Literal["STUDY", "SERIES", "INSTANCE"]
else:
    InventoryLevelValue = InventoryLevel
"""A value of InventoryLevel: the enum or the string of one of its members."""
