"""Enumerated Values and Defined Terms of Display Set Horizontal Justification.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DisplaySetHorizontalJustification(StrEnum):
    """Enumerated Values of Display Set Horizontal Justification (0072,0717) in Structured Display Image Box Module Attributes (C.11.17-1)."""

    LEFT = "LEFT"
    CENTER = "CENTER"
    RIGHT = "RIGHT"
