"""Item class VolumetricAnnotationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnnotationClipping as AnnotationClipping
from dicomodel.enums import (
    BoundingBoxTextHorizontalJustification as BoundingBoxTextHorizontalJustification,
)
from dicomodel.enums import GraphicTypeDocumentContent as GraphicType
from dicomodel.items import (
    ReferencedStructuredContextSequenceItem as ReferencedStructuredContextSequenceItem,
)
from dicomodel.items import (
    TextObjectSequenceItemVolumetricGraphicAnnotation as TextObjectSequenceItem,
)
from dicomodel.items import VolumetricAnnotationSequenceItem as VolumetricAnnotationSequenceItem

__all__ = [
    "AnnotationClipping",
    "BoundingBoxTextHorizontalJustification",
    "GraphicType",
    "ReferencedStructuredContextSequenceItem",
    "TextObjectSequenceItem",
    "VolumetricAnnotationSequenceItem",
]
