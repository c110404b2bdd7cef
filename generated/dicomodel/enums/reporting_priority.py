"""Enumerated Values and Defined Terms of Reporting Priority.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ReportingPriorityTerm",
]


class ReportingPriorityTerm(StrEnum):
    """Defined Terms of Reporting Priority (0040,1009) in Requested Procedure Module Attributes (C.4-11)."""

    HIGH = "HIGH"
    ROUTINE = "ROUTINE"
    MEDIUM = "MEDIUM"
    LOW = "LOW"
