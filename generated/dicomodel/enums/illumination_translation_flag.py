"""Enumerated Values and Defined Terms of Illumination Translation Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "IlluminationTranslationFlag",
    "IlluminationTranslationFlagValue",
]


class IlluminationTranslationFlag(StrEnum):
    """Enumerated Values of Illumination Translation Flag (0018,9828) in Photoacoustic Acquisition Parameters Module Attributes (C.8.34.2-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    IlluminationTranslationFlagValue: TypeAlias = IlluminationTranslationFlag | Literal["YES", "NO"]
else:
    IlluminationTranslationFlagValue = IlluminationTranslationFlag
"""A value of IlluminationTranslationFlag: the enum or the string of one of its members."""
