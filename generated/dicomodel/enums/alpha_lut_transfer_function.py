"""Enumerated Values and Defined Terms of Alpha LUT Transfer Function.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AlphaLUTTransferFunction(StrEnum):
    """Enumerated Values of Alpha LUT Transfer Function (0028,1410) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    NONE = "NONE"
    IDENTITY = "IDENTITY"
    TABLE = "TABLE"
