"""Enumerated Values and Defined Terms of Scheduled Procedure Step Priority.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ScheduledProcedureStepPriority",
    "ScheduledProcedureStepPriorityValue",
]


class ScheduledProcedureStepPriority(StrEnum):
    """Enumerated Values of Scheduled Procedure Step Priority (0074,1200) in Unified Procedure Step Scheduled Procedure Information Module Attributes (C.30.2-1)."""

    HIGH = "HIGH"
    """used to indicate an urgent or emergent work item, equivalent to a STAT request."""
    MEDIUM = "MEDIUM"
    """used to indicate a work item that has a priority less than HIGH and higher than LOW. It can be used to further stratify work items."""
    LOW = "LOW"
    """used to indicate a routine or non-urgent work item."""


if TYPE_CHECKING:
    ScheduledProcedureStepPriorityValue: TypeAlias = (
        ScheduledProcedureStepPriority | Literal["HIGH", "MEDIUM", "LOW"]
    )
else:
    ScheduledProcedureStepPriorityValue = ScheduledProcedureStepPriority
"""A value of ScheduledProcedureStepPriority: the enum or the string of one of its members."""
