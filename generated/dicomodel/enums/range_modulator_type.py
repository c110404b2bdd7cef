"""Enumerated Values and Defined Terms of Range Modulator Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "RangeModulatorTypeTerm",
]


class RangeModulatorTypeTerm(StrEnum):
    """Defined Terms of Range Modulator Type (300A,0348) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    FIXED = "FIXED"
    """fixed modulation width and weights using ridge filter or constant speed wheel with constant beam current"""
    WHL_FIXEDWEIGHTS = "WHL_FIXEDWEIGHTS"
    """selected wheel/track (Range Modulator ID) is spinning at constant speed. Modulation width is adjusted by switching constant beam current on and off at wheel steps indicated by Range Modulator Gating Values."""
    WHL_MODWEIGHTS = "WHL_MODWEIGHTS"
    """selected wheel/track (Range Modulator ID) is spinning at constant speed. Weight per wheel step is adjusted by modulating beam current according to selected Beam Current Modulation ID (300A,034C)."""
