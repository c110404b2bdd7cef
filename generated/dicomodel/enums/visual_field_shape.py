"""Enumerated Values and Defined Terms of Visual Field Shape.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "VisualFieldShapeTerm",
]


class VisualFieldShapeTerm(StrEnum):
    """Defined Terms of Visual Field Shape (0024,0012) in Visual Field Static Perimetry Test Parameters Module Attributes (C.8.26.2-1)."""

    RECTANGLE = "RECTANGLE"
    CIRCLE = "CIRCLE"
    ELLIPSE = "ELLIPSE"
