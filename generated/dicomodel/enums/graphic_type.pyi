"""Enumerated Values and Defined Terms of Graphic Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GraphicType as GraphicType
from dicomodel.enums import GraphicTypeDocumentContent as GraphicTypeDocumentContent
from dicomodel.enums import GraphicTypeDocumentContentValue as GraphicTypeDocumentContentValue
from dicomodel.enums import GraphicTypeGraphicAnnotation as GraphicTypeGraphicAnnotation
from dicomodel.enums import GraphicTypeGraphicAnnotationValue as GraphicTypeGraphicAnnotationValue
from dicomodel.enums import (
    GraphicTypeMicroscopyBulkSimpleAnnotations as GraphicTypeMicroscopyBulkSimpleAnnotations,
)
from dicomodel.enums import (
    GraphicTypeMicroscopyBulkSimpleAnnotationsValue as GraphicTypeMicroscopyBulkSimpleAnnotationsValue,
)
from dicomodel.enums import GraphicTypeValue as GraphicTypeValue

__all__ = [
    "GraphicType",
    "GraphicTypeDocumentContent",
    "GraphicTypeDocumentContentValue",
    "GraphicTypeGraphicAnnotation",
    "GraphicTypeGraphicAnnotationValue",
    "GraphicTypeMicroscopyBulkSimpleAnnotations",
    "GraphicTypeMicroscopyBulkSimpleAnnotationsValue",
    "GraphicTypeValue",
]
