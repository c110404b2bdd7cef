"""Enumerated Values and Defined Terms of Show Tick Label.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ShowTickLabel(StrEnum):
    """Enumerated Values of Show Tick Label (0070,0278) in Graphic Annotation Module Attributes (C.10-5)."""

    Y = "Y"
    """Yes"""
    N = "N"
    """No"""
