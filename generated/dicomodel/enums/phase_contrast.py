"""Enumerated Values and Defined Terms of Phase Contrast.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PhaseContrast",
    "PhaseContrastValue",
]


class PhaseContrast(StrEnum):
    """Enumerated Values of Phase Contrast (0018,9014) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    PhaseContrastValue: TypeAlias = PhaseContrast | Literal["YES", "NO"]
else:
    PhaseContrastValue = PhaseContrast
"""A value of PhaseContrast: the enum or the string of one of its members."""
