"""Enumerated Values and Defined Terms of Attenuation Corrected.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AttenuationCorrected",
    "AttenuationCorrectedValue",
]


class AttenuationCorrected(StrEnum):
    """Enumerated Values of Attenuation Corrected (0018,9759) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    AttenuationCorrectedValue: TypeAlias = AttenuationCorrected | Literal["YES", "NO"]
else:
    AttenuationCorrectedValue = AttenuationCorrected
"""A value of AttenuationCorrected: the enum or the string of one of its members."""
