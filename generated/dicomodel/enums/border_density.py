"""Enumerated Values and Defined Terms of Border Density.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BorderDensityTerm(StrEnum):
    """Defined Terms of Border Density (2010,0100) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    BLACK = "BLACK"
    WHITE = "WHITE"
