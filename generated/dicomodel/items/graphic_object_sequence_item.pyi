"""Item class GraphicObjectSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FillMode as FillMode
from dicomodel.enums import GraphicAnnotationUnits as GraphicAnnotationUnits
from dicomodel.enums import GraphicFilled as GraphicFilled
from dicomodel.enums import GraphicTypeGraphicAnnotation as GraphicType
from dicomodel.enums import LineDashingStyle as LineDashingStyle
from dicomodel.enums import ShadowStyle as ShadowStyle
from dicomodel.items import FillStyleSequenceItem as FillStyleSequenceItem
from dicomodel.items import GraphicObjectSequenceItem as GraphicObjectSequenceItem
from dicomodel.items import LineStyleSequenceItem as LineStyleSequenceItem

__all__ = [
    "FillMode",
    "FillStyleSequenceItem",
    "GraphicAnnotationUnits",
    "GraphicFilled",
    "GraphicObjectSequenceItem",
    "GraphicType",
    "LineDashingStyle",
    "LineStyleSequenceItem",
    "ShadowStyle",
]
