"""Enumerated Values and Defined Terms of Scheduled Procedure Step Priority.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ScheduledProcedureStepPriority as ScheduledProcedureStepPriority
from dicomodel.enums import (
    ScheduledProcedureStepPriorityValue as ScheduledProcedureStepPriorityValue,
)

__all__ = ["ScheduledProcedureStepPriority", "ScheduledProcedureStepPriorityValue"]
