"""Enumerated Values and Defined Terms of Segment Algorithm Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SegmentAlgorithmType(StrEnum):
    """Enumerated Values of Segment Algorithm Type (0062,0008) in Segment Description Macro Attributes (C.8.20-4)."""

    AUTOMATIC = "AUTOMATIC"
    """calculated segment"""
    SEMIAUTOMATIC = "SEMIAUTOMATIC"
    """calculated segment with user assistance"""
    MANUAL = "MANUAL"
    """user-entered segment"""
