"""Enumerated Values and Defined Terms of Presentation LUT Shape.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PresentationLUTShape",
    "PresentationLUTShapePresentationLUT",
    "PresentationLUTShapePresentationLUTValue",
    "PresentationLUTShapeSCMultiFrameImage",
    "PresentationLUTShapeSCMultiFrameImageValue",
    "PresentationLUTShapeValue",
]


class PresentationLUTShape(StrEnum):
    """Enumerated Values of Presentation LUT Shape (2050,0020) in General Image Module Attributes (C.7-9)."""

    IDENTITY = "IDENTITY"
    """output is in P-Values - shall be used if Photometric Interpretation (0028,0004) is MONOCHROME2 or any color photometric interpretation."""
    INVERSE = "INVERSE"
    """output after inversion is in P-Values - shall be used if Photometric Interpretation (0028,0004) is MONOCHROME1."""


if TYPE_CHECKING:
    PresentationLUTShapeValue: TypeAlias = PresentationLUTShape | Literal["IDENTITY", "INVERSE"]
else:
    PresentationLUTShapeValue = PresentationLUTShape
"""A value of PresentationLUTShape: the enum or the string of one of its members."""


class PresentationLUTShapeSCMultiFrameImage(StrEnum):
    """Enumerated Values of Presentation LUT Shape (2050,0020) in SC Multi-frame Image Module Attributes (C.8-25b)."""

    IDENTITY = "IDENTITY"
    """Output is in P-Values."""


if TYPE_CHECKING:
    PresentationLUTShapeSCMultiFrameImageValue: TypeAlias = (
        PresentationLUTShapeSCMultiFrameImage | Literal["IDENTITY"]
    )
else:
    PresentationLUTShapeSCMultiFrameImageValue = PresentationLUTShapeSCMultiFrameImage
"""A value of PresentationLUTShapeSCMultiFrameImage: the enum or the string of one of its members."""


class PresentationLUTShapePresentationLUT(StrEnum):
    """Enumerated Values of Presentation LUT Shape (2050,0020) in Presentation LUT Module Attributes (C.11-4)."""

    IDENTITY = "IDENTITY"
    """input to the Presentation LUT is in P-Values, no further translation is necessary"""
    LIN_OD = "LIN OD"
    """input to Presentation LUT is in linear optical density over the range of Min Density (2010,0120) and Max Density (2010,1030)"""


if TYPE_CHECKING:
    PresentationLUTShapePresentationLUTValue: TypeAlias = (
        PresentationLUTShapePresentationLUT | Literal["IDENTITY", "LIN OD"]
    )
else:
    PresentationLUTShapePresentationLUTValue = PresentationLUTShapePresentationLUT
"""A value of PresentationLUTShapePresentationLUT: the enum or the string of one of its members."""
