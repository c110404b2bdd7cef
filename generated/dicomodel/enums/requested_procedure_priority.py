"""Enumerated Values and Defined Terms of Requested Procedure Priority.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "RequestedProcedurePriorityTerm",
]


class RequestedProcedurePriorityTerm(StrEnum):
    """Defined Terms of Requested Procedure Priority (0040,1003) in Requested Procedure Module Attributes (C.4-11)."""

    STAT = "STAT"
    HIGH = "HIGH"
    ROUTINE = "ROUTINE"
    MEDIUM = "MEDIUM"
    LOW = "LOW"
