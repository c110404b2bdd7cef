"""Enumerated Values and Defined Terms of Fluence Mode.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FluenceMode(StrEnum):
    """Enumerated Values of Fluence Mode (3002,0051) in RT Image Module Attributes (C.8-38)."""

    STANDARD = "STANDARD"
    """Uses standard fluence-shaping"""
    NON_STANDARD = "NON_STANDARD"
    """Uses a non-standard fluence-shaping mode"""
