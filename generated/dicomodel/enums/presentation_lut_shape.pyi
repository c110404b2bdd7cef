"""Enumerated Values and Defined Terms of Presentation LUT Shape.

Generated from DICOM 2024c; do not edit."""

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

__all__ = [
    "PresentationLUTShape",
    "PresentationLUTShapePresentationLUT",
    "PresentationLUTShapePresentationLUTValue",
    "PresentationLUTShapeSCMultiFrameImage",
    "PresentationLUTShapeSCMultiFrameImageValue",
    "PresentationLUTShapeValue",
]
