"""Enumerated Values and Defined Terms of Gantry Rotation Direction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GantryRotationDirection(StrEnum):
    """Enumerated Values of Gantry Rotation Direction (300A,011F) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    """clockwise"""
    CC = "CC"
    """counter-clockwise"""
    NONE = "NONE"
    """no rotation"""
