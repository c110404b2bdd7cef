"""Enumerated Values and Defined Terms of Scheduled Procedure Step Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ScheduledProcedureStepStatusTerm",
]


class ScheduledProcedureStepStatusTerm(StrEnum):
    """Defined Terms of Scheduled Procedure Step Status (0040,0020) in Scheduled Procedure Step Module Attributes (C.4-10)."""

    SCHEDULED = "SCHEDULED"
    """Procedure Step scheduled"""
    ARRIVED = "ARRIVED"
    """Patient is available for the Scheduled Procedure Step"""
    READY = "READY"
    """all Patient and other necessary preparation for this step has been completed"""
    STARTED = "STARTED"
    """at least one Performed Procedure Step has been created that references this Scheduled Procedure Step"""
    DEPARTED = "DEPARTED"
    """Patient is no longer available for the Scheduled Procedure Step"""
