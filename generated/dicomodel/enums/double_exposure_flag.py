"""Enumerated Values and Defined Terms of Double Exposure Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DoubleExposureFlag(StrEnum):
    """Enumerated Values of Double Exposure Flag (0074,1034) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    SINGLE = "SINGLE"
    """single exposure"""
    DOUBLE = "DOUBLE"
    """double exposure"""
