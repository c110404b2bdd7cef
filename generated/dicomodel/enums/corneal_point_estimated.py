"""Enumerated Values and Defined Terms of Corneal Point Estimated.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CornealPointEstimated",
    "CornealPointEstimatedValue",
]


class CornealPointEstimated(StrEnum):
    """Enumerated Values of Corneal Point Estimated (0046,0248) in Corneal Topography Map Analysis Module Attributes (C.8.30.3-1)."""

    Y = "Y"
    """Yes"""
    N = "N"
    """No"""


if TYPE_CHECKING:
    CornealPointEstimatedValue: TypeAlias = CornealPointEstimated | Literal["Y", "N"]
else:
    CornealPointEstimatedValue = CornealPointEstimated
"""A value of CornealPointEstimated: the enum or the string of one of its members."""
