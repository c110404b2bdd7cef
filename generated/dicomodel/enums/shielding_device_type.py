"""Enumerated Values and Defined Terms of Shielding Device Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ShieldingDeviceTypeTerm",
]


class ShieldingDeviceTypeTerm(StrEnum):
    """Defined Terms of Shielding Device Type (300A,01A2) in RT Patient Setup Module Attributes (C.8-48)."""

    GUM = "GUM"
    EYE = "EYE"
    GONAD = "GONAD"
