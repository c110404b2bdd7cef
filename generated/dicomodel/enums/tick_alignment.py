"""Enumerated Values and Defined Terms of Tick Alignment.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class TickAlignment(StrEnum):
    """Enumerated Values of Tick Alignment (0070,0274) in Graphic Annotation Module Attributes (C.10-5)."""

    BOTTOM = "BOTTOM"
    CENTER = "CENTER"
    TOP = "TOP"
