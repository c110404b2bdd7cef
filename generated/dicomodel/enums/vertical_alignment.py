"""Enumerated Values and Defined Terms of Vertical Alignment.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class VerticalAlignment(StrEnum):
    """Enumerated Values of Vertical Alignment (0070,0243) in Text Style Sequence Macro Attributes (C.10-5a)."""

    TOP = "TOP"
    CENTER = "CENTER"
    BOTTOM = "BOTTOM"
