"""Enumerated Values and Defined Terms of Show Tick Label.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ShowTickLabel",
    "ShowTickLabelValue",
]


class ShowTickLabel(StrEnum):
    """Enumerated Values of Show Tick Label (0070,0278) in Graphic Annotation Module Attributes (C.10-5)."""

    Y = "Y"
    """Yes"""
    N = "N"
    """No"""


if TYPE_CHECKING:
    ShowTickLabelValue: TypeAlias = ShowTickLabel | Literal["Y", "N"]
else:
    ShowTickLabelValue = ShowTickLabel
"""A value of ShowTickLabel: the enum or the string of one of its members."""
