"""Enumerated Values and Defined Terms of Scheduled Procedure Step Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ScheduledProcedureStepStatusTerm as ScheduledProcedureStepStatusTerm

__all__ = ["ScheduledProcedureStepStatusTerm"]
