"""Enumerated Values and Defined Terms of General Accessory Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "GeneralAccessoryTypeTerm",
]


class GeneralAccessoryTypeTerm(StrEnum):
    """Defined Terms of General Accessory Type (300A,0423) in RT Image Module Attributes (C.8-38)."""

    GRATICULE = "GRATICULE"
    """Accessory tray with a radio-opaque grid"""
    IMAGE_DETECTOR = "IMAGE_DETECTOR"
    """Image acquisition device positioned in the beam line"""
    RETICLE = "RETICLE"
    """Accessory tray with radio-transparent markers or grid"""
