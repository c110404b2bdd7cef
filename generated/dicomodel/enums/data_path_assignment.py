"""Enumerated Values and Defined Terms of Data Path Assignment.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DataPathAssignment(StrEnum):
    """Enumerated Values of Data Path Assignment (0028,1402) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    PRIMARY_PVALUES = "PRIMARY_PVALUES"
    PRIMARY_SINGLE = "PRIMARY_SINGLE"
    SECONDARY_SINGLE = "SECONDARY_SINGLE"
    SECONDARY_HIGH = "SECONDARY_HIGH"
    SECONDARY_LOW = "SECONDARY_LOW"
