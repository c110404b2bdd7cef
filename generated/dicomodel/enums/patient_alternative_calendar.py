"""Enumerated Values and Defined Terms of Patient's Alternative Calendar.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PatientAlternativeCalendar",
    "PatientAlternativeCalendarValue",
]


class PatientAlternativeCalendar(StrEnum):
    """Enumerated Values of Patient's Alternative Calendar (0010,0035) in Performed Procedure Step Relationship Module Attributes (C.4-13)."""

    PROLEPTIC_GREGN = "PROLEPTIC GREGN"
    JULIAN = "JULIAN"
    PROLEPTIC_JULIAN = "PROLEPTIC JULIAN"
    EGYPTIAN_REGNAL = "EGYPTIAN REGNAL"
    HEBREW = "HEBREW"
    HIJRI = "HIJRI"


if TYPE_CHECKING:
    PatientAlternativeCalendarValue: TypeAlias = (
        PatientAlternativeCalendar
        | Literal[
            "PROLEPTIC GREGN", "JULIAN", "PROLEPTIC JULIAN", "EGYPTIAN REGNAL", "HEBREW", "HIJRI"
        ]
    )
else:
    PatientAlternativeCalendarValue = PatientAlternativeCalendar
"""A value of PatientAlternativeCalendar: the enum or the string of one of its members."""
