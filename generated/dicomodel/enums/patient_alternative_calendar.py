"""Enumerated Values and Defined Terms of Patient's Alternative Calendar.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PatientAlternativeCalendar(StrEnum):
    """Enumerated Values of Patient's Alternative Calendar (0010,0035) in Performed Procedure Step Relationship Module Attributes (C.4-13)."""

    PROLEPTIC_GREGN = "PROLEPTIC GREGN"
    JULIAN = "JULIAN"
    PROLEPTIC_JULIAN = "PROLEPTIC JULIAN"
    EGYPTIAN_REGNAL = "EGYPTIAN REGNAL"
    HEBREW = "HEBREW"
    HIJRI = "HIJRI"
