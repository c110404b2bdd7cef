"""Enumerated Values and Defined Terms of Presentation Size Mode.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PresentationSizeMode(StrEnum):
    """Enumerated Values of Presentation Size Mode (0070,0100) in Displayed Area Module Attributes (C.10-4)."""

    SCALE_TO_FIT = "SCALE TO FIT"
    TRUE_SIZE = "TRUE SIZE"
    MAGNIFY = "MAGNIFY"
