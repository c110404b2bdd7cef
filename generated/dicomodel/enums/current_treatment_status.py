"""Enumerated Values and Defined Terms of Current Treatment Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CurrentTreatmentStatus",
    "CurrentTreatmentStatusValue",
]


class CurrentTreatmentStatus(StrEnum):
    """Enumerated Values of Current Treatment Status (3008,0200) in RT Treatment Summary Record Module Attributes (C.8-59)."""

    NOT_STARTED = "NOT_STARTED"
    ON_TREATMENT = "ON_TREATMENT"
    ON_BREAK = "ON_BREAK"
    SUSPENDED = "SUSPENDED"
    STOPPED = "STOPPED"
    COMPLETED = "COMPLETED"


if TYPE_CHECKING:
    CurrentTreatmentStatusValue: TypeAlias = (
        CurrentTreatmentStatus
        | Literal["NOT_STARTED", "ON_TREATMENT", "ON_BREAK", "SUSPENDED", "STOPPED", "COMPLETED"]
    )
else:
    CurrentTreatmentStatusValue = CurrentTreatmentStatus
"""A value of CurrentTreatmentStatus: the enum or the string of one of its members."""
