"""Enumerated Values and Defined Terms of Water Referenced Phase Correction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "WaterReferencedPhaseCorrection",
    "WaterReferencedPhaseCorrectionValue",
]


class WaterReferencedPhaseCorrection(StrEnum):
    """Enumerated Values of Water Referenced Phase Correction (0018,9199) in MR Spectroscopy Module Attributes (C.8-102)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    WaterReferencedPhaseCorrectionValue: TypeAlias = (
        WaterReferencedPhaseCorrection | Literal["YES", "NO"]
    )
else:
    WaterReferencedPhaseCorrectionValue = WaterReferencedPhaseCorrection
"""A value of WaterReferencedPhaseCorrection: the enum or the string of one of its members."""
