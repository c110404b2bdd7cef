"""Enumerated Values and Defined Terms of Geometry for Display.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GeometryForDisplay(StrEnum):
    """Enumerated Values of Geometry for Display (0070,1B08) in Advanced Blending Presentation State Module Attributes (C.11.33-1)."""

    TRUE = "TRUE"
    FALSE = "FALSE"
