"""Enumerated Values and Defined Terms of Time of Flight Contrast.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class TimeOfFlightContrast(StrEnum):
    """Enumerated Values of Time of Flight Contrast (0018,9015) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"
