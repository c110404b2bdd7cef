"""Enumerated Values and Defined Terms of Radiobiological Dose Effect Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RadiobiologicalDoseEffectFlag",
    "RadiobiologicalDoseEffectFlagValue",
]


class RadiobiologicalDoseEffectFlag(StrEnum):
    """Enumerated Values of Radiobiological Dose Effect Flag (3010,0002) in Dosimetric Objective Macro Attributes (C.36.2.1.4-1)."""

    YES = "YES"
    """Effective dose after correction for biological effect."""
    NO = "NO"
    """Physical dose."""


if TYPE_CHECKING:
    RadiobiologicalDoseEffectFlagValue: TypeAlias = (
        RadiobiologicalDoseEffectFlag | Literal["YES", "NO"]
    )
else:
    RadiobiologicalDoseEffectFlagValue = RadiobiologicalDoseEffectFlag
"""A value of RadiobiologicalDoseEffectFlag: the enum or the string of one of its members."""
