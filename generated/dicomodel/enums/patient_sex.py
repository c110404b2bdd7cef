"""Enumerated Values and Defined Terms of Patient's Sex.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PatientSex(StrEnum):
    """Enumerated Values of Patient's Sex (0010,0040) in Patient Demographic Module Attributes (C.2-3)."""

    M = "M"
    """male"""
    F = "F"
    """female"""
    O = "O"
    """other"""
