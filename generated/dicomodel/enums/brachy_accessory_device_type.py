"""Enumerated Values and Defined Terms of Brachy Accessory Device Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "BrachyAccessoryDeviceTypeTerm",
]


class BrachyAccessoryDeviceTypeTerm(StrEnum):
    """Defined Terms of Brachy Accessory Device Type (300A,0264) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    SHIELD = "SHIELD"
    DILATATION = "DILATATION"
    MOLD = "MOLD"
    PLAQUE = "PLAQUE"
    FLAB = "FLAB"
