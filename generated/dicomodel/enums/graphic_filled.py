"""Enumerated Values and Defined Terms of Graphic Filled.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GraphicFilled(StrEnum):
    """Enumerated Values of Graphic Filled (0070,0024) in Graphic Annotation Module Attributes (C.10-5)."""

    Y = "Y"
    """yes"""
    N = "N"
    """no"""
