"""Enumerated Values and Defined Terms of Include Non-DICOM Objects.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "IncludeNonDICOMObjectsTerm",
]


class IncludeNonDICOMObjectsTerm(StrEnum):
    """Defined Terms of Include Non-DICOM Objects (2200,0008) in Media Creation Management Module Attributes (C.22.1-1)."""

    NO = "NO"
    FOR_PHYSICIAN = "FOR_PHYSICIAN"
    FOR_PATIENT = "FOR_PATIENT"
    FOR_TEACHING = "FOR_TEACHING"
    FOR_RESEARCH = "FOR_RESEARCH"
