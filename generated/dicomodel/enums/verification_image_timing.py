"""Enumerated Values and Defined Terms of Verification Image Timing.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "VerificationImageTiming",
    "VerificationImageTimingValue",
]


class VerificationImageTiming(StrEnum):
    """Enumerated Values of Verification Image Timing (0074,1032) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    BEFORE_BEAM = "BEFORE_BEAM"
    DURING_BEAM = "DURING_BEAM"
    AFTER_BEAM = "AFTER_BEAM"


if TYPE_CHECKING:
    VerificationImageTimingValue: TypeAlias = (
        VerificationImageTiming | Literal["BEFORE_BEAM", "DURING_BEAM", "AFTER_BEAM"]
    )
else:
    VerificationImageTimingValue = VerificationImageTiming
"""A value of VerificationImageTiming: the enum or the string of one of its members."""
