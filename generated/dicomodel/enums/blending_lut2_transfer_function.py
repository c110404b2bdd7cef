"""Enumerated Values and Defined Terms of Blending LUT 2 Transfer Function.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BlendingLUT2TransferFunction(StrEnum):
    """Enumerated Values of Blending LUT 2 Transfer Function (0028,140D) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    CONSTANT = "CONSTANT"
    ONE_MINUS = "ONE_MINUS"
    ALPHA_1 = "ALPHA_1"
    ALPHA_2 = "ALPHA_2"
    TABLE = "TABLE"
