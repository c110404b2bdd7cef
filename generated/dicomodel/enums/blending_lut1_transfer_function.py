"""Enumerated Values and Defined Terms of Blending LUT 1 Transfer Function.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BlendingLUT1TransferFunction(StrEnum):
    """Enumerated Values of Blending LUT 1 Transfer Function (0028,1405) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    CONSTANT = "CONSTANT"
    ALPHA_1 = "ALPHA_1"
    ALPHA_2 = "ALPHA_2"
    TABLE = "TABLE"
