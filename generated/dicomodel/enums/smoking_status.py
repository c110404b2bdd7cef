"""Enumerated Values and Defined Terms of Smoking Status.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SmokingStatus(StrEnum):
    """Enumerated Values of Smoking Status (0010,21A0) in Patient Medical Module Attributes (C.2-4)."""

    YES = "YES"
    NO = "NO"
    UNKNOWN = "UNKNOWN"
