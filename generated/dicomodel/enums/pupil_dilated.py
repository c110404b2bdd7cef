"""Enumerated Values and Defined Terms of Pupil Dilated.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PupilDilated",
    "PupilDilatedValue",
]


class PupilDilated(StrEnum):
    """Enumerated Values of Pupil Dilated (0022,000D) in Ophthalmic Acquisition Parameters Macro Attributes (C.8.17.8-2)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    PupilDilatedValue: TypeAlias = PupilDilated | Literal["YES", "NO"]
else:
    PupilDilatedValue = PupilDilated
"""A value of PupilDilated: the enum or the string of one of its members."""
