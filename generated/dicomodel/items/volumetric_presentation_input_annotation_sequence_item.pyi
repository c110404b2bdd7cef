"""Item class VolumetricPresentationInputAnnotationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    BoundingBoxTextHorizontalJustification as BoundingBoxTextHorizontalJustification,
)
from dicomodel.items import (
    ReferencedStructuredContextSequenceItem as ReferencedStructuredContextSequenceItem,
)
from dicomodel.items import (
    TextObjectSequenceItemVolumetricGraphicAnnotation as TextObjectSequenceItem,
)
from dicomodel.items import (
    VolumetricPresentationInputAnnotationSequenceItem as VolumetricPresentationInputAnnotationSequenceItem,
)

__all__ = [
    "BoundingBoxTextHorizontalJustification",
    "ReferencedStructuredContextSequenceItem",
    "TextObjectSequenceItem",
    "VolumetricPresentationInputAnnotationSequenceItem",
]
