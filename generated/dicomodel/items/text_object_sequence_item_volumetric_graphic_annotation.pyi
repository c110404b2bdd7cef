"""Item class TextObjectSequenceItemVolumetricGraphicAnnotation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    BoundingBoxTextHorizontalJustification as BoundingBoxTextHorizontalJustification,
)
from dicomodel.items import (
    TextObjectSequenceItemVolumetricGraphicAnnotation as TextObjectSequenceItemVolumetricGraphicAnnotation,
)

__all__ = [
    "BoundingBoxTextHorizontalJustification",
    "TextObjectSequenceItemVolumetricGraphicAnnotation",
]
