"""Enumerated Values and Defined Terms of Empty Image Density.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "EmptyImageDensityTerm",
]


class EmptyImageDensityTerm(StrEnum):
    """Defined Terms of Empty Image Density (2010,0110) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    BLACK = "BLACK"
    WHITE = "WHITE"
