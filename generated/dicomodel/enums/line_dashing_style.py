"""Enumerated Values and Defined Terms of Line Dashing Style.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class LineDashingStyle(StrEnum):
    """Enumerated Values of Line Dashing Style (0070,0254) in Line Style Sequence Macro Attributes (C.10-5b)."""

    SOLID = "SOLID"
    DASHED = "DASHED"
    """Draws one part of the line with the Pattern On Color CIELab Value (0070,0251) and the other part with the Pattern Off Color CIELab Value (0070,0252)."""
