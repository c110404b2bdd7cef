"""Enumerated Values and Defined Terms of Performed Procedure Step Status.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PerformedProcedureStepStatus(StrEnum):
    """Enumerated Values of Performed Procedure Step Status (0040,0252) in Performed Procedure Step Information Module Attributes (C.4-14)."""

    IN_PROGRESS = "IN PROGRESS"
    """Started but not complete"""
    DISCONTINUED = "DISCONTINUED"
    """Canceled or unsuccessfully terminated"""
    COMPLETED = "COMPLETED"
    """Successfully completed"""
