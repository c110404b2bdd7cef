"""Enumerated Values and Defined Terms of Shielding Device Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ShieldingDeviceTypeTerm(StrEnum):
    """Defined Terms of Shielding Device Type (300A,01A2) in RT Patient Setup Module Attributes (C.8-48)."""

    GUM = "GUM"
    EYE = "EYE"
    GONAD = "GONAD"
