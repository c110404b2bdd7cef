"""Enumerated Values and Defined Terms of RGB LUT Transfer Function.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RGBLUTTransferFunction(StrEnum):
    """Enumerated Values of RGB LUT Transfer Function (0028,140F) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    EQUAL_RGB = "EQUAL_RGB"
    """Output is R=G=B=input value"""
    TABLE = "TABLE"
    """Output is RGB LUT values"""
