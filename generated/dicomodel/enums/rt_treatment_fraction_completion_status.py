"""Enumerated Values and Defined Terms of RT Treatment Fraction Completion Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RTTreatmentFractionCompletionStatus",
    "RTTreatmentFractionCompletionStatusValue",
]


class RTTreatmentFractionCompletionStatus(StrEnum):
    """Enumerated Values of RT Treatment Fraction Completion Status (300A,0706) in RT Radiation Record Set Module Attributes (C.36.20-1)."""

    COMPLETE = "COMPLETE"
    PARTIAL = "PARTIAL"


if TYPE_CHECKING:
    RTTreatmentFractionCompletionStatusValue: TypeAlias = (
        RTTreatmentFractionCompletionStatus | Literal["COMPLETE", "PARTIAL"]
    )
else:
    RTTreatmentFractionCompletionStatusValue = RTTreatmentFractionCompletionStatus
"""A value of RTTreatmentFractionCompletionStatus: the enum or the string of one of its members."""
