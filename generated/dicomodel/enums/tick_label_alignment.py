"""Enumerated Values and Defined Terms of Tick Label Alignment.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class TickLabelAlignment(StrEnum):
    """Enumerated Values of Tick Label Alignment (0070,0279) in Graphic Annotation Module Attributes (C.10-5)."""

    BOTTOM = "BOTTOM"
    TOP = "TOP"
