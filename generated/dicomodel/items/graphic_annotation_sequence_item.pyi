"""Item class GraphicAnnotationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnchorPointAnnotationUnits as AnchorPointAnnotationUnits
from dicomodel.enums import AnchorPointVisibility as AnchorPointVisibility
from dicomodel.enums import Bold as Bold
from dicomodel.enums import BoundingBoxAnnotationUnits as BoundingBoxAnnotationUnits
from dicomodel.enums import (
    BoundingBoxTextHorizontalJustification as BoundingBoxTextHorizontalJustification,
)
from dicomodel.enums import CompoundGraphicTypeTerm as CompoundGraphicTypeTerm
from dicomodel.enums import CompoundGraphicUnits as CompoundGraphicUnits
from dicomodel.enums import FillMode as FillMode
from dicomodel.enums import FontNameTypeTerm as FontNameTypeTerm
from dicomodel.enums import GraphicAnnotationUnits as GraphicAnnotationUnits
from dicomodel.enums import GraphicFilled as GraphicFilled
from dicomodel.enums import GraphicTypeGraphicAnnotation as GraphicType
from dicomodel.enums import HorizontalAlignment as HorizontalAlignment
from dicomodel.enums import Italic as Italic
from dicomodel.enums import LineDashingStyle as LineDashingStyle
from dicomodel.enums import ShadowStyle as ShadowStyle
from dicomodel.enums import ShowTickLabel as ShowTickLabel
from dicomodel.enums import TickAlignment as TickAlignment
from dicomodel.enums import TickLabelAlignment as TickLabelAlignment
from dicomodel.enums import Underlined as Underlined
from dicomodel.enums import VerticalAlignment as VerticalAlignment
from dicomodel.items import CompoundGraphicSequenceItem as CompoundGraphicSequenceItem
from dicomodel.items import GraphicAnnotationSequenceItem as GraphicAnnotationSequenceItem
from dicomodel.items import GraphicObjectSequenceItem as GraphicObjectSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import LineStyleSequenceItem as LineStyleSequenceItem
from dicomodel.items import MajorTicksSequenceItem as MajorTicksSequenceItem
from dicomodel.items import TextObjectSequenceItem as TextObjectSequenceItem
from dicomodel.items import TextStyleSequenceItem as TextStyleSequenceItem

__all__ = [
    "AnchorPointAnnotationUnits",
    "AnchorPointVisibility",
    "Bold",
    "BoundingBoxAnnotationUnits",
    "BoundingBoxTextHorizontalJustification",
    "CompoundGraphicSequenceItem",
    "CompoundGraphicTypeTerm",
    "CompoundGraphicUnits",
    "FillMode",
    "FontNameTypeTerm",
    "GraphicAnnotationSequenceItem",
    "GraphicAnnotationUnits",
    "GraphicFilled",
    "GraphicObjectSequenceItem",
    "GraphicType",
    "HorizontalAlignment",
    "Italic",
    "LineDashingStyle",
    "LineStyleSequenceItem",
    "MajorTicksSequenceItem",
    "ReferencedImageSequenceItem",
    "ShadowStyle",
    "ShowTickLabel",
    "TextObjectSequenceItem",
    "TextStyleSequenceItem",
    "TickAlignment",
    "TickLabelAlignment",
    "Underlined",
    "VerticalAlignment",
]
