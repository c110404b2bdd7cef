"""Enumerated Values and Defined Terms of Compound Graphic Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "CompoundGraphicTypeTerm",
]


class CompoundGraphicTypeTerm(StrEnum):
    """Defined Terms of Compound Graphic Type (0070,0294) in Graphic Annotation Module Attributes (C.10-5)."""

    MULTILINE = "MULTILINE"
    INFINITELINE = "INFINITELINE"
    CUTLINE = "CUTLINE"
    RANGELINE = "RANGELINE"
    RULER = "RULER"
    AXIS = "AXIS"
    CROSSHAIR = "CROSSHAIR"
    ARROW = "ARROW"
    RECTANGLE = "RECTANGLE"
    ELLIPSE = "ELLIPSE"
