"""Enumerated Values and Defined Terms of Image Display Format.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ImageDisplayFormat",
    "ImageDisplayFormatValue",
]


class ImageDisplayFormat(StrEnum):
    """Enumerated Values of Image Display Format (2010,0010) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    STANDARD_C_R = "STANDARD\\C,R"
    """film contains equal size rectangular image boxes with R rows of image boxes and C columns of image boxes; C and R are integers"""
    ROW_R1_R2_R3_etc = "ROW\\R1,R2,R3, etc."
    """film contains rows with equal size rectangular image boxes with R1 image boxes in the first row, R2 image boxes in second row, R3 image boxes in third row, etc.; R1, R2, R3, etc. are integers"""
    COL_C1_C2_C3_etc = "COL\\C1,C2,C3, etc."
    """film contains columns with equal size rectangular image boxes with C1 image boxes in the first column, C2 image boxes in second column, C3 image boxes in third column, etc.; C1, C2, C3, etc. are integers"""
    SLIDE = "SLIDE"
    """film contains 35mm slides; the number of slides for a particular film size is configuration dependent"""
    SUPERSLIDE = "SUPERSLIDE"
    """film contains 40mm slides; the number of slides for a particular film size is configuration dependent"""
    CUSTOM_i = "CUSTOM\\i"
    """film contains a customized ordering of rectangular image boxes; i identifies the image display format; the definition of the image display formats is defined in the Conformance Statement; i is an integer"""


if TYPE_CHECKING:
    ImageDisplayFormatValue: TypeAlias = (
        ImageDisplayFormat
        | Literal[
            "STANDARD\\C,R",
            "ROW\\R1,R2,R3, etc.",
            "COL\\C1,C2,C3, etc.",
            "SLIDE",
            "SUPERSLIDE",
            "CUSTOM\\i",
        ]
    )
else:
    ImageDisplayFormatValue = ImageDisplayFormat
"""A value of ImageDisplayFormat: the enum or the string of one of its members."""
