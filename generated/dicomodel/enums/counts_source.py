"""Enumerated Values and Defined Terms of Counts Source.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CountsSource",
    "CountsSourceValue",
]


class CountsSource(StrEnum):
    """Enumerated Values of Counts Source (0054,1002) in PET Series Module Attributes (C.8-60)."""

    EMISSION = "EMISSION"
    TRANSMISSION = "TRANSMISSION"


if TYPE_CHECKING:
    CountsSourceValue: TypeAlias = CountsSource | Literal["EMISSION", "TRANSMISSION"]
else:
    CountsSourceValue = CountsSource
"""A value of CountsSource: the enum or the string of one of its members."""
