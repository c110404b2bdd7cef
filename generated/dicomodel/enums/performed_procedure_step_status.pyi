"""Enumerated Values and Defined Terms of Performed Procedure Step Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PerformedProcedureStepStatus as PerformedProcedureStepStatus
from dicomodel.enums import PerformedProcedureStepStatusValue as PerformedProcedureStepStatusValue

__all__ = ["PerformedProcedureStepStatus", "PerformedProcedureStepStatusValue"]
