"""Enumerated Values and Defined Terms of Patient Support Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "PatientSupportTypeTerm",
]


class PatientSupportTypeTerm(StrEnum):
    """Defined Terms of Patient Support Type (300A,0350) in Patient Support Identification Macro Attributes (C.8.8.28-1)."""

    TABLE = "TABLE"
    """Treatment delivery system table"""
    CHAIR = "CHAIR"
    """Treatment delivery system chair"""
