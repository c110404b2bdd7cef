"""Enumerated Values and Defined Terms of Execution Status.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ExecutionStatus(StrEnum):
    """Enumerated Values of Execution Status (2100,0020) in Print Job Module Attributes (C.13-8)."""

    PENDING = "PENDING"
    PRINTING = "PRINTING"
    DONE = "DONE"
    FAILURE = "FAILURE"


class ExecutionStatusMediaCreationManagement(StrEnum):
    """Enumerated Values of Execution Status (2100,0020) in Media Creation Management Module Attributes (C.22.1-1)."""

    IDLE = "IDLE"
    """The SCP has created the media creation management Instance, but it has not been yet scheduled."""
    PENDING = "PENDING"
    """This media creation management Instance is still scheduled for processing"""
    CREATING = "CREATING"
    """This media creation management Instance is being processed"""
    DONE = "DONE"
    """This media creation management Instance has been successfully processed"""
    FAILURE = "FAILURE"
    """This media creation management Instance failed to be processed"""
