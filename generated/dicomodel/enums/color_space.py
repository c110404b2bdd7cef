"""Enumerated Values and Defined Terms of Color Space.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ColorSpaceTerm",
]


class ColorSpaceTerm(StrEnum):
    """Defined Terms of Color Space (0028,2002) in Image Pixel Macro Attributes (C.7-11b)."""

    SRGB = "SRGB"
    """ICC Profile (0028,2000) defines sRGB color space [IEC 61966-2.1]"""
    ADOBERGB = "ADOBERGB"
    """ICC Profile (0028,2000) defines Adobe RGB color space [Adobe RGB]"""
    ROMMRGB = "ROMMRGB"
    """ICC Profile (0028,2000) defines ROMM RGB color space [ISO 22028-2]"""
