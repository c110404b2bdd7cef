"""Enumerated Values and Defined Terms of Performed Procedure Step Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PerformedProcedureStepStatus",
    "PerformedProcedureStepStatusValue",
]


class PerformedProcedureStepStatus(StrEnum):
    """Enumerated Values of Performed Procedure Step Status (0040,0252) in Performed Procedure Step Information Module Attributes (C.4-14)."""

    IN_PROGRESS = "IN PROGRESS"
    """Started but not complete"""
    DISCONTINUED = "DISCONTINUED"
    """Canceled or unsuccessfully terminated"""
    COMPLETED = "COMPLETED"
    """Successfully completed"""


if TYPE_CHECKING:
    PerformedProcedureStepStatusValue: TypeAlias = (
        PerformedProcedureStepStatus | Literal["IN PROGRESS", "DISCONTINUED", "COMPLETED"]
    )
else:
    PerformedProcedureStepStatusValue = PerformedProcedureStepStatus
"""A value of PerformedProcedureStepStatus: the enum or the string of one of its members."""
