"""Enumerated Values and Defined Terms of Pixel Origin Interpretation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PixelOriginInterpretation(StrEnum):
    """Enumerated Values of Pixel Origin Interpretation (0048,0301) in Document Content Macro Attributes (C.17-5)."""

    FRAME = "FRAME"
    """relative to individual frame"""
    VOLUME = "VOLUME"
    """relative to Total Pixel Matrix"""
