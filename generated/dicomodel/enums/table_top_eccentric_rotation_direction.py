"""Enumerated Values and Defined Terms of Table Top Eccentric Rotation Direction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class TableTopEccentricRotationDirection(StrEnum):
    """Enumerated Values of Table Top Eccentric Rotation Direction (300A,0126) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    """clockwise"""
    CC = "CC"
    """counter-clockwise"""
    NONE = "NONE"
    """no rotation"""
