"""Enumerated Values and Defined Terms of Border Density.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "BorderDensityTerm",
]


class BorderDensityTerm(StrEnum):
    """Defined Terms of Border Density (2010,0100) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    BLACK = "BLACK"
    WHITE = "WHITE"
