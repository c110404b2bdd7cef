"""Enumerated Values and Defined Terms of Visit Status ID.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "VisitStatusIDTerm",
]


class VisitStatusIDTerm(StrEnum):
    """Defined Terms of Visit Status ID (0038,0008) in Visit Status Module Attributes (C.3-3)."""

    CREATED = "CREATED"
    """Created but not yet scheduled"""
    SCHEDULED = "SCHEDULED"
    """Scheduled but not yet admitted"""
    ADMITTED = "ADMITTED"
    """Patient admitted to institution"""
    DISCHARGED = "DISCHARGED"
    """Patient Discharged"""
