"""Enumerated Values and Defined Terms of Range Shifter Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "RangeShifterTypeTerm",
]


class RangeShifterTypeTerm(StrEnum):
    """Defined Terms of Range Shifter Type (300A,0320) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    ANALOG = "ANALOG"
    """Device is variable thickness and is composed of opposing sliding wedges, water column or similar mechanism."""
    BINARY = "BINARY"
    """Device is composed of different thickness materials that can be moved in or out of the beam in various stepped combinations."""
