"""Enumerated Values and Defined Terms of Treatment Verification Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TreatmentVerificationStatus",
    "TreatmentVerificationStatusValue",
]


class TreatmentVerificationStatus(StrEnum):
    """Enumerated Values of Treatment Verification Status (3008,002C) in RT Beams Session Record Module Attributes (C.8-57)."""

    VERIFIED = "VERIFIED"
    """treatment verified"""
    VERIFIED_OVR = "VERIFIED_OVR"
    """treatment verified with at least one out-of-range value overridden"""
    NOT_VERIFIED = "NOT_VERIFIED"
    """treatment verified manually"""


if TYPE_CHECKING:
    TreatmentVerificationStatusValue: TypeAlias = (
        TreatmentVerificationStatus | Literal["VERIFIED", "VERIFIED_OVR", "NOT_VERIFIED"]
    )
else:
    TreatmentVerificationStatusValue = TreatmentVerificationStatus
"""A value of TreatmentVerificationStatus: the enum or the string of one of its members."""
