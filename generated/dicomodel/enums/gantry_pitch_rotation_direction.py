"""Enumerated Values and Defined Terms of Gantry Pitch Rotation Direction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GantryPitchRotationDirection(StrEnum):
    """Enumerated Values of Gantry Pitch Rotation Direction (300A,014C) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    """clockwise"""
    CC = "CC"
    """counter-clockwise"""
    NONE = "NONE"
    """no rotation"""
