"""Enumerated Values and Defined Terms of Magnification Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "MagnificationTypeTerm",
]


class MagnificationTypeTerm(StrEnum):
    """Defined Terms of Magnification Type (2010,0060) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    REPLICATE = "REPLICATE"
    BILINEAR = "BILINEAR"
    CUBIC = "CUBIC"
    NONE = "NONE"
