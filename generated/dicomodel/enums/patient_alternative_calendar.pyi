"""Enumerated Values and Defined Terms of Patient's Alternative Calendar.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PatientAlternativeCalendar as PatientAlternativeCalendar
from dicomodel.enums import PatientAlternativeCalendarValue as PatientAlternativeCalendarValue

__all__ = ["PatientAlternativeCalendar", "PatientAlternativeCalendarValue"]
