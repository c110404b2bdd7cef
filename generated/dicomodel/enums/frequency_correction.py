"""Enumerated Values and Defined Terms of Frequency Correction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FrequencyCorrection",
    "FrequencyCorrectionValue",
]


class FrequencyCorrection(StrEnum):
    """Enumerated Values of Frequency Correction (0018,9101) in MR Spectroscopy Module Attributes (C.8-102)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    FrequencyCorrectionValue: TypeAlias = FrequencyCorrection | Literal["YES", "NO"]
else:
    FrequencyCorrectionValue = FrequencyCorrection
"""A value of FrequencyCorrection: the enum or the string of one of its members."""
