"""Enumerated Values and Defined Terms of Horizontal Alignment.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class HorizontalAlignment(StrEnum):
    """Enumerated Values of Horizontal Alignment (0070,0242) in Text Style Sequence Macro Attributes (C.10-5a)."""

    LEFT = "LEFT"
    CENTER = "CENTER"
    RIGHT = "RIGHT"
