"""Enumerated Values and Defined Terms of Relative Time Units.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RelativeTimeUnits(StrEnum):
    """Enumerated Values of Relative Time Units (0072,003A) in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    SECONDS = "SECONDS"
    MINUTES = "MINUTES"
    HOURS = "HOURS"
    DAYS = "DAYS"
    WEEKS = "WEEKS"
    MONTHS = "MONTHS"
    YEARS = "YEARS"
