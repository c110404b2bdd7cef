"""Enumerated Values and Defined Terms of Beam Limiting Device Rotation Direction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BeamLimitingDeviceRotationDirection(StrEnum):
    """Enumerated Values of Beam Limiting Device Rotation Direction (300A,0121) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    """clockwise"""
    CC = "CC"
    """counter-clockwise"""
    NONE = "NONE"
    """no rotation"""
