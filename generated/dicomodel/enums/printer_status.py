"""Enumerated Values and Defined Terms of Printer Status.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PrinterStatus(StrEnum):
    """Enumerated Values of Printer Status (2110,0010) in Printer Module Attributes (C.13-9)."""

    NORMAL = "NORMAL"
    WARNING = "WARNING"
    FAILURE = "FAILURE"
