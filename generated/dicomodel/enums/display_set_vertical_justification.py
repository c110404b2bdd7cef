"""Enumerated Values and Defined Terms of Display Set Vertical Justification.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DisplaySetVerticalJustification(StrEnum):
    """Enumerated Values of Display Set Vertical Justification (0072,0718) in Structured Display Image Box Module Attributes (C.11.17-1)."""

    TOP = "TOP"
    CENTER = "CENTER"
    BOTTOM = "BOTTOM"
