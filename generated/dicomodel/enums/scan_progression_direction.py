"""Enumerated Values and Defined Terms of Scan Progression Direction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ScanProgressionDirection(StrEnum):
    """Enumerated Values of Scan Progression Direction (0054,0501) in NM Image Module Attributes (C.8-9)."""

    FEET_TO_HEAD = "FEET_TO_HEAD"
    """Slices closest to the patient's feet were acquired first."""
    HEAD_TO_FEET = "HEAD_TO_FEET"
    """Slices closest to the patient's head were acquired first."""
