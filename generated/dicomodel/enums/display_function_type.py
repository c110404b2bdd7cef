"""Enumerated Values and Defined Terms of Display Function Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DisplayFunctionType",
    "DisplayFunctionTypeValue",
]


class DisplayFunctionType(StrEnum):
    """Enumerated Values of Display Function Type (0028,7019) in Target Luminance Characteristics Module Attributes (C.32.2-1)."""

    GSDF = "GSDF"
    """Grayscale Display Function; see PS3.14."""
    CIELAB = "CIELAB"
    """See CIE 1976 (L*,a*,b*) and CIELab Color Space by Gernot Huffman 1948."""
    GAMMA = "GAMMA"
    """Luminance has a power law response curve."""
    LINEAR = "LINEAR"
    """Luminance has a linear response curve."""
    LOG10 = "LOG10"
    """Luminance has a logarithmic response curve"""
    SRGB = "SRGB"
    """See \"A Standard Default Color Space for the Internet - sRGB\" - http://www.w3.org/Graphics/Color/sRGB."""
    USER_DEFINED = "USER_DEFINED"
    """Points of the luminance curve are defined by the user."""


if TYPE_CHECKING:
    DisplayFunctionTypeValue: TypeAlias = (
        DisplayFunctionType
        | Literal["GSDF", "CIELAB", "GAMMA", "LINEAR", "LOG10", "SRGB", "USER_DEFINED"]
    )
else:
    DisplayFunctionTypeValue = DisplayFunctionType
"""A value of DisplayFunctionType: the enum or the string of one of its members."""
