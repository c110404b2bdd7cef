"""Enumerated Values and Defined Terms of Reporting Priority.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ReportingPriorityTerm(StrEnum):
    """Defined Terms of Reporting Priority (0040,1009) in Requested Procedure Module Attributes (C.4-11)."""

    HIGH = "HIGH"
    ROUTINE = "ROUTINE"
    MEDIUM = "MEDIUM"
    LOW = "LOW"
