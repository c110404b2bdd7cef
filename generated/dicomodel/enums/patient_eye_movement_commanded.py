"""Enumerated Values and Defined Terms of Patient Eye Movement Commanded.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PatientEyeMovementCommanded(StrEnum):
    """Enumerated Values of Patient Eye Movement Commanded (0022,0005) in Ophthalmic Photography Acquisition Parameters Module Attributes (C.8.17.4-1)."""

    YES = "YES"
    NO = "NO"
