"""Enumerated Values and Defined Terms of Counts Source.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class CountsSource(StrEnum):
    """Enumerated Values of Counts Source (0054,1002) in PET Series Module Attributes (C.8-60)."""

    EMISSION = "EMISSION"
    TRANSMISSION = "TRANSMISSION"
