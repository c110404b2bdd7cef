"""Enumerated Values and Defined Terms of Graphic Annotation Units.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "GraphicAnnotationUnits",
    "GraphicAnnotationUnitsValue",
]


class GraphicAnnotationUnits(StrEnum):
    """Enumerated Values of Graphic Annotation Units (0070,0005) in Graphic Annotation Module Attributes (C.10-5)."""

    PIXEL = "PIXEL"
    """Image relative position specified with sub-pixel resolution such that the origin, which is at the Top Left Hand Corner (TLHC) of the TLHC pixel is 0.0\\0.0, the Bottom Right Hand Corner (BRHC) of the TLHC pixel is 1.0\\1.0, and the BRHC of the BRHC pixel is Columns\\Rows (see Figure C.10.5-1). The values must be within the range 0\\0 to Columns\\Rows."""
    DISPLAY = "DISPLAY"
    """Fraction of Specified Displayed Area where 0.0\\0.0 is the TLHC and 1.0\\1.0 is the BRHC. The values must be within the range 0.0 to 1.0."""
    MATRIX = "MATRIX"
    """Image relative position specified with sub-pixel resolution such that the origin, which is at the Top Left Hand Corner (TLHC) of the TLHC pixel of the Total Pixel Matrix, is 0.0\\0.0, the Bottom Right Hand Corner (BRHC) of the TLHC pixel is 1.0\\1.0, and the BRHC of the BRHC pixel of the Total Pixel Matrix is Total Pixel Matrix Columns\\Total Pixel Matrix Rows (see Section C.8.12.4.1.3 and Figure C.10.5-1b). The values must be within the range 0.0\\0.0 to Total Pixel Matrix Columns\\Total Pixel Matrix Rows. MATRIX may be used only if the instance referenced by Referenced Image Sequence (0008,1140) is tiled (i.e., contains Total Pixel Matrix Columns (0048,0006) and Total Pixel Matrix Rows (0048,0007))."""


if TYPE_CHECKING:
    GraphicAnnotationUnitsValue: TypeAlias = (
        GraphicAnnotationUnits | Literal["PIXEL", "DISPLAY", "MATRIX"]
    )
else:
    GraphicAnnotationUnitsValue = GraphicAnnotationUnits
"""A value of GraphicAnnotationUnits: the enum or the string of one of its members."""
