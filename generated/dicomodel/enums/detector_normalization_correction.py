"""Enumerated Values and Defined Terms of Detector Normalization Correction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DetectorNormalizationCorrection",
    "DetectorNormalizationCorrectionValue",
]


class DetectorNormalizationCorrection(StrEnum):
    """Enumerated Values of Detector Normalization Correction (0018,9768) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    DetectorNormalizationCorrectionValue: TypeAlias = (
        DetectorNormalizationCorrection | Literal["YES", "NO"]
    )
else:
    DetectorNormalizationCorrectionValue = DetectorNormalizationCorrection
"""A value of DetectorNormalizationCorrection: the enum or the string of one of its members."""
