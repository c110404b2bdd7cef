"""Enumerated Values and Defined Terms of Image Laterality.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ImageLaterality",
    "ImageLateralityMammographyImage",
    "ImageLateralityMammographyImageValue",
    "ImageLateralityOphthalmicThicknessMap",
    "ImageLateralityOphthalmicThicknessMapValue",
    "ImageLateralityValue",
]


class ImageLaterality(StrEnum):
    """Enumerated Values of Image Laterality (0020,0062) in General Image Module Attributes (C.7-9)."""

    R = "R"
    """right"""
    L = "L"
    """left"""
    U = "U"
    """unpaired"""
    B = "B"
    """both left and right"""


if TYPE_CHECKING:
    ImageLateralityValue: TypeAlias = ImageLaterality | Literal["R", "L", "U", "B"]
else:
    ImageLateralityValue = ImageLaterality
"""A value of ImageLaterality: the enum or the string of one of its members."""


class ImageLateralityMammographyImage(StrEnum):
    """Enumerated Values of Image Laterality (0020,0062) in Mammography Image Module Attributes (C.8-74)."""

    R = "R"
    """right"""
    L = "L"
    """left"""
    B = "B"
    """both (e.g., cleavage)"""


if TYPE_CHECKING:
    ImageLateralityMammographyImageValue: TypeAlias = (
        ImageLateralityMammographyImage | Literal["R", "L", "B"]
    )
else:
    ImageLateralityMammographyImageValue = ImageLateralityMammographyImage
"""A value of ImageLateralityMammographyImage: the enum or the string of one of its members."""


class ImageLateralityOphthalmicThicknessMap(StrEnum):
    """Enumerated Values of Image Laterality (0020,0062) in Ophthalmic Thickness Map Module Attributes (C.8.28.2-1)."""

    R = "R"
    """right eye"""
    L = "L"
    """left eye"""


if TYPE_CHECKING:
    ImageLateralityOphthalmicThicknessMapValue: TypeAlias = (
        ImageLateralityOphthalmicThicknessMap | Literal["R", "L"]
    )
else:
    ImageLateralityOphthalmicThicknessMapValue = ImageLateralityOphthalmicThicknessMap
"""A value of ImageLateralityOphthalmicThicknessMap: the enum or the string of one of its members."""
