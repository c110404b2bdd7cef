"""Enumerated Values and Defined Terms of First Order Phase Correction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FirstOrderPhaseCorrection",
    "FirstOrderPhaseCorrectionValue",
]


class FirstOrderPhaseCorrection(StrEnum):
    """Enumerated Values of First Order Phase Correction (0018,9198) in MR Spectroscopy Module Attributes (C.8-102)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    FirstOrderPhaseCorrectionValue: TypeAlias = FirstOrderPhaseCorrection | Literal["YES", "NO"]
else:
    FirstOrderPhaseCorrectionValue = FirstOrderPhaseCorrection
"""A value of FirstOrderPhaseCorrection: the enum or the string of one of its members."""
