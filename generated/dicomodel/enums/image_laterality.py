"""Enumerated Values and Defined Terms of Image Laterality.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "ImageLaterality",
    "ImageLateralityMammographyImage",
    "ImageLateralityMammographyImageValue",
    "ImageLateralityOphthalmicThicknessMap",
    "ImageLateralityOphthalmicThicknessMapValue",
    "ImageLateralityValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import ImageLaterality as ImageLaterality
    from dicomodel.enums import ImageLateralityMammographyImage as ImageLateralityMammographyImage
    from dicomodel.enums import (
        ImageLateralityMammographyImageValue as ImageLateralityMammographyImageValue,
    )
    from dicomodel.enums import (
        ImageLateralityOphthalmicThicknessMap as ImageLateralityOphthalmicThicknessMap,
    )
    from dicomodel.enums import (
        ImageLateralityOphthalmicThicknessMapValue as ImageLateralityOphthalmicThicknessMapValue,
    )
    from dicomodel.enums import ImageLateralityValue as ImageLateralityValue


@cache
def _ImageLaterality() -> type[StrEnum]:
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

    ImageLaterality.__qualname__ = "ImageLaterality"
    return ImageLaterality


@cache
def _ImageLateralityMammographyImage() -> type[StrEnum]:
    class ImageLateralityMammographyImage(StrEnum):
        """Enumerated Values of Image Laterality (0020,0062) in Mammography Image Module Attributes (C.8-74)."""

        R = "R"
        """right"""
        L = "L"
        """left"""
        B = "B"
        """both (e.g., cleavage)"""

    ImageLateralityMammographyImage.__qualname__ = "ImageLateralityMammographyImage"
    return ImageLateralityMammographyImage


@cache
def _ImageLateralityOphthalmicThicknessMap() -> type[StrEnum]:
    class ImageLateralityOphthalmicThicknessMap(StrEnum):
        """Enumerated Values of Image Laterality (0020,0062) in Ophthalmic Thickness Map Module Attributes (C.8.28.2-1)."""

        R = "R"
        """right eye"""
        L = "L"
        """left eye"""

    ImageLateralityOphthalmicThicknessMap.__qualname__ = "ImageLateralityOphthalmicThicknessMap"
    return ImageLateralityOphthalmicThicknessMap


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "ImageLaterality": _ImageLaterality,
    "ImageLateralityValue": _ImageLaterality,
    "ImageLateralityMammographyImage": _ImageLateralityMammographyImage,
    "ImageLateralityMammographyImageValue": _ImageLateralityMammographyImage,
    "ImageLateralityOphthalmicThicknessMap": _ImageLateralityOphthalmicThicknessMap,
    "ImageLateralityOphthalmicThicknessMapValue": _ImageLateralityOphthalmicThicknessMap,
}


def __getattr__(name: str) -> Any:
    """An enum of this file, made on first use (issue 16)."""
    make = _MAKERS.get(name)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = make()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
