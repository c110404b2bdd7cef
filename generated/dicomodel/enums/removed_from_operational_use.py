"""Enumerated Values and Defined Terms of Removed from Operational Use.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RemovedFromOperationalUse",
    "RemovedFromOperationalUseValue",
]


class RemovedFromOperationalUse(StrEnum):
    """Enumerated Values of Removed from Operational Use (0008,0405) in Inventory Module Attributes (C.38.1-1)."""

    Y = "Y"
    """Removed from use"""
    N = "N"
    """Not removed from use"""


if TYPE_CHECKING:
    RemovedFromOperationalUseValue: TypeAlias = RemovedFromOperationalUse | Literal["Y", "N"]
else:
    RemovedFromOperationalUseValue = RemovedFromOperationalUse
"""A value of RemovedFromOperationalUse: the enum or the string of one of its members."""
