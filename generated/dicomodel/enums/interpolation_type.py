"""Enumerated Values and Defined Terms of Interpolation Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "InterpolationTypeTerm",
]


class InterpolationTypeTerm(StrEnum):
    """Defined Terms of Interpolation Type (0052,0039) in Intravascular OCT Image Module Attributes (C.8.27.2-1)."""

    REPLICATE = "REPLICATE"
    BILINEAR = "BILINEAR"
    CUBIC = "CUBIC"
