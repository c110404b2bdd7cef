"""Enumerated Values and Defined Terms of Partial View.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PartialView",
    "PartialViewValue",
]


class PartialView(StrEnum):
    """Enumerated Values of Partial View (0028,1350) in Mammography Image Module Attributes (C.8-74)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    PartialViewValue: TypeAlias = PartialView | Literal["YES", "NO"]
else:
    PartialViewValue = PartialView
"""A value of PartialView: the enum or the string of one of its members."""
