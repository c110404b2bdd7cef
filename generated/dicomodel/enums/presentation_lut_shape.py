"""Enumerated Values and Defined Terms of Presentation LUT Shape.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "PresentationLUTShape",
    "PresentationLUTShapePresentationLUT",
    "PresentationLUTShapePresentationLUTValue",
    "PresentationLUTShapeSCMultiFrameImage",
    "PresentationLUTShapeSCMultiFrameImageValue",
    "PresentationLUTShapeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import PresentationLUTShape as PresentationLUTShape
    from dicomodel.enums import (
        PresentationLUTShapePresentationLUT as PresentationLUTShapePresentationLUT,
    )
    from dicomodel.enums import (
        PresentationLUTShapePresentationLUTValue as PresentationLUTShapePresentationLUTValue,
    )
    from dicomodel.enums import (
        PresentationLUTShapeSCMultiFrameImage as PresentationLUTShapeSCMultiFrameImage,
    )
    from dicomodel.enums import (
        PresentationLUTShapeSCMultiFrameImageValue as PresentationLUTShapeSCMultiFrameImageValue,
    )
    from dicomodel.enums import PresentationLUTShapeValue as PresentationLUTShapeValue


@cache
def _PresentationLUTShape() -> type[StrEnum]:
    class PresentationLUTShape(StrEnum):
        """Enumerated Values of Presentation LUT Shape (2050,0020) in General Image Module Attributes (C.7-9)."""

        IDENTITY = "IDENTITY"
        """output is in P-Values - shall be used if Photometric Interpretation (0028,0004) is MONOCHROME2 or any color photometric interpretation."""
        INVERSE = "INVERSE"
        """output after inversion is in P-Values - shall be used if Photometric Interpretation (0028,0004) is MONOCHROME1."""

    PresentationLUTShape.__qualname__ = "PresentationLUTShape"
    return PresentationLUTShape


@cache
def _PresentationLUTShapeSCMultiFrameImage() -> type[StrEnum]:
    class PresentationLUTShapeSCMultiFrameImage(StrEnum):
        """Enumerated Values of Presentation LUT Shape (2050,0020) in SC Multi-frame Image Module Attributes (C.8-25b)."""

        IDENTITY = "IDENTITY"
        """Output is in P-Values."""

    PresentationLUTShapeSCMultiFrameImage.__qualname__ = "PresentationLUTShapeSCMultiFrameImage"
    return PresentationLUTShapeSCMultiFrameImage


@cache
def _PresentationLUTShapePresentationLUT() -> type[StrEnum]:
    class PresentationLUTShapePresentationLUT(StrEnum):
        """Enumerated Values of Presentation LUT Shape (2050,0020) in Presentation LUT Module Attributes (C.11-4)."""

        IDENTITY = "IDENTITY"
        """input to the Presentation LUT is in P-Values, no further translation is necessary"""
        LIN_OD = "LIN OD"
        """input to Presentation LUT is in linear optical density over the range of Min Density (2010,0120) and Max Density (2010,1030)"""

    PresentationLUTShapePresentationLUT.__qualname__ = "PresentationLUTShapePresentationLUT"
    return PresentationLUTShapePresentationLUT


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "PresentationLUTShape": _PresentationLUTShape,
    "PresentationLUTShapeValue": _PresentationLUTShape,
    "PresentationLUTShapeSCMultiFrameImage": _PresentationLUTShapeSCMultiFrameImage,
    "PresentationLUTShapeSCMultiFrameImageValue": _PresentationLUTShapeSCMultiFrameImage,
    "PresentationLUTShapePresentationLUT": _PresentationLUTShapePresentationLUT,
    "PresentationLUTShapePresentationLUTValue": _PresentationLUTShapePresentationLUT,
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
