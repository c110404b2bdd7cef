"""Item class GraphicObjectSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FillMode as FillMode
from dicomodel.enums import GraphicAnnotationUnits as GraphicAnnotationUnits
from dicomodel.enums import GraphicAnnotationUnitsValue as _GraphicAnnotationUnitsValue
from dicomodel.enums import GraphicFilled as GraphicFilled
from dicomodel.enums import GraphicFilledValue as _GraphicFilledValue
from dicomodel.enums import GraphicTypeGraphicAnnotation as GraphicType
from dicomodel.enums import GraphicTypeGraphicAnnotationValue as _GraphicTypeGraphicAnnotationValue
from dicomodel.enums import LineDashingStyle as LineDashingStyle
from dicomodel.enums import ShadowStyle as ShadowStyle
from dicomodel.items import FillStyleSequenceItem as FillStyleSequenceItem
from dicomodel.items import FillStyleSequenceItem as _FillStyleSequenceItem
from dicomodel.items import GraphicObjectSequenceItem as GraphicObjectSequenceItem
from dicomodel.items import LineStyleSequenceItem as LineStyleSequenceItem
from dicomodel.items import LineStyleSequenceItem as _LineStyleSequenceItem

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
