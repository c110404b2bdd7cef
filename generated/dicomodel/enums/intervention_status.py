"""Enumerated Values and Defined Terms of Intervention Status.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class InterventionStatus(StrEnum):
    """Enumerated Values of Intervention Status (0018,0038) in Intervention Module Attributes (C.7-19)."""

    PRE = "PRE"
    INTERMEDIATE = "INTERMEDIATE"
    POST = "POST"
    NONE = "NONE"
