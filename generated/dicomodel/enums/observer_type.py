"""Enumerated Values and Defined Terms of Observer Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ObserverType",
    "ObserverTypeValue",
]


class ObserverType(StrEnum):
    """Enumerated Values of Observer Type (0040,A084) in Assertion Macro Attributes (10.30-1)."""

    PSN = "PSN"
    """Person"""
    DEV = "DEV"
    """Device"""


if TYPE_CHECKING:
    ObserverTypeValue: TypeAlias = ObserverType | Literal["PSN", "DEV"]
else:
    ObserverTypeValue = ObserverType
"""A value of ObserverType: the enum or the string of one of its members."""
