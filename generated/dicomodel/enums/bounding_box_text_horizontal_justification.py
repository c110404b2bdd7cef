"""Enumerated Values and Defined Terms of Bounding Box Text Horizontal Justification.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BoundingBoxTextHorizontalJustification(StrEnum):
    """Enumerated Values of Bounding Box Text Horizontal Justification (0070,0012) in Graphic Annotation Module Attributes (C.10-5)."""

    LEFT = "LEFT"
    """closest to left edge"""
    RIGHT = "RIGHT"
    """closest to right edge"""
    CENTER = "CENTER"
    """centered"""
