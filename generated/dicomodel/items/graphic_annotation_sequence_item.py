"""Item class GraphicAnnotationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.compound_graphic_sequence_item import (
        CompoundGraphicSequenceItem as _CompoundGraphicSequenceItem,
    )
    from dicomodel.items.graphic_object_sequence_item import (
        GraphicObjectSequenceItem as _GraphicObjectSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.text_object_sequence_item import (
        TextObjectSequenceItem as _TextObjectSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CompoundGraphicSequenceItem = Lazy(
        "dicomodel.items.compound_graphic_sequence_item", "CompoundGraphicSequenceItem"
    )
    _GraphicObjectSequenceItem = Lazy(
        "dicomodel.items.graphic_object_sequence_item", "GraphicObjectSequenceItem"
    )
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _TextObjectSequenceItem = Lazy(
        "dicomodel.items.text_object_sequence_item", "TextObjectSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.anchor_point_annotation_units import (
        AnchorPointAnnotationUnits as AnchorPointAnnotationUnits,
    )
    from dicomodel.enums.anchor_point_visibility import (
        AnchorPointVisibility as AnchorPointVisibility,
    )
    from dicomodel.enums.bold import Bold as Bold
    from dicomodel.enums.bounding_box_annotation_units import (
        BoundingBoxAnnotationUnits as BoundingBoxAnnotationUnits,
    )
    from dicomodel.enums.bounding_box_text_horizontal_justification import (
        BoundingBoxTextHorizontalJustification as BoundingBoxTextHorizontalJustification,
    )
    from dicomodel.enums.compound_graphic_type import (
        CompoundGraphicTypeTerm as CompoundGraphicTypeTerm,
    )
    from dicomodel.enums.compound_graphic_units import CompoundGraphicUnits as CompoundGraphicUnits
    from dicomodel.enums.fill_mode import FillMode as FillMode
    from dicomodel.enums.font_name_type import FontNameTypeTerm as FontNameTypeTerm
    from dicomodel.enums.graphic_annotation_units import (
        GraphicAnnotationUnits as GraphicAnnotationUnits,
    )
    from dicomodel.enums.graphic_filled import GraphicFilled as GraphicFilled
    from dicomodel.enums.graphic_type import GraphicTypeGraphicAnnotation as GraphicType
    from dicomodel.enums.horizontal_alignment import HorizontalAlignment as HorizontalAlignment
    from dicomodel.enums.italic import Italic as Italic
    from dicomodel.enums.line_dashing_style import LineDashingStyle as LineDashingStyle
    from dicomodel.enums.shadow_style import ShadowStyle as ShadowStyle
    from dicomodel.enums.show_tick_label import ShowTickLabel as ShowTickLabel
    from dicomodel.enums.tick_alignment import TickAlignment as TickAlignment
    from dicomodel.enums.tick_label_alignment import TickLabelAlignment as TickLabelAlignment
    from dicomodel.enums.underlined import Underlined as Underlined
    from dicomodel.enums.vertical_alignment import VerticalAlignment as VerticalAlignment
    from dicomodel.items.compound_graphic_sequence_item import (
        CompoundGraphicSequenceItem as CompoundGraphicSequenceItem,
    )
    from dicomodel.items.graphic_object_sequence_item import (
        GraphicObjectSequenceItem as GraphicObjectSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.line_style_sequence_item import (
        LineStyleSequenceItem as LineStyleSequenceItem,
    )
    from dicomodel.items.major_ticks_sequence_item import (
        MajorTicksSequenceItem as MajorTicksSequenceItem,
    )
    from dicomodel.items.text_object_sequence_item import (
        TextObjectSequenceItem as TextObjectSequenceItem,
    )
    from dicomodel.items.text_style_sequence_item import (
        TextStyleSequenceItem as TextStyleSequenceItem,
    )

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


class GraphicAnnotationSequenceItem(DicomModel):
    """An item of Graphic Annotation Sequence (0070,0001), as first defined in Graphic Annotation Module Attributes (C.10-5)."""

    dicom_name: ClassVar[str] = "Graphic Annotation Sequence"
    dicom_table: ClassVar[str] = "table_C.10-5"

    ReferencedImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Sequence",
            when=("unknown", "depends on what the item applies to"),
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 1C, VR SQ, VM 1. Required if graphic annotations in this Item do not apply to all the images and frames listed in the Presentation State Relationship Module. The subset of images and frames listed in the Presentation State Relationship Module, to which this graphic annotation applies. One or more Items shall be included in this Sequence."""

    GraphicLayer: Annotated[vr.CS, Attribute(0x00700002, "CS", "1", "1", name="Graphic Layer")]
    """Graphic Layer (0070,0002): Type 1, VR CS, VM 1. The layer defined in the Graphic Layer Module in which the graphics or text is to be rendered."""

    TextObjectSequence: Annotated[
        list[_TextObjectSequenceItem] | None,
        Attribute(
            0x00700008,
            "SQ",
            "1",
            "1C",
            name="Text Object Sequence",
            when=("not", ("present", 0x00700009)),
        ),
    ] = None
    """Text Object Sequence (0070,0008): Type 1C, VR SQ, VM 1. Either one or both of Text Object Sequence (0070,0008) or Graphic Object Sequence (0070,0009) are required. Sequence that describes a text annotation. One or more Items shall be included in this Sequence. Either one or both of Text Object Sequence (0070,0008) or Graphic Object Sequence (0070,0009) are required."""

    GraphicObjectSequence: Annotated[
        list[_GraphicObjectSequenceItem] | None,
        Attribute(
            0x00700009,
            "SQ",
            "1",
            "1C",
            name="Graphic Object Sequence",
            when=("not", ("present", 0x00700008)),
        ),
    ] = None
    """Graphic Object Sequence (0070,0009): Type 1C, VR SQ, VM 1. Either one or both of Text Object Sequence (0070,0008) or Graphic Object Sequence (0070,0009) are required. Sequence that describes a graphic annotation. One or more Items shall be included in this Sequence. Either one or both of Text Object Sequence (0070,0008) or Graphic Object Sequence (0070,0009) are required."""

    CompoundGraphicSequence: Annotated[
        list[_CompoundGraphicSequenceItem] | None,
        Attribute(0x00700209, "SQ", "1", "3", name="Compound Graphic Sequence"),
    ] = None
    """Compound Graphic Sequence (0070,0209): Type 3, VR SQ, VM 1. A Sequence of Items that describe Compound Graphics. One or more Items are permitted in this Sequence. For each Compound Graphic there shall be an alternate rendering encoded as Items in the Text Object Sequence (0070,0008) and Graphic Obje..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnchorPointAnnotationUnits": (
        "dicomodel.enums.anchor_point_annotation_units",
        "AnchorPointAnnotationUnits",
    ),
    "AnchorPointVisibility": ("dicomodel.enums.anchor_point_visibility", "AnchorPointVisibility"),
    "Bold": ("dicomodel.enums.bold", "Bold"),
    "BoundingBoxAnnotationUnits": (
        "dicomodel.enums.bounding_box_annotation_units",
        "BoundingBoxAnnotationUnits",
    ),
    "BoundingBoxTextHorizontalJustification": (
        "dicomodel.enums.bounding_box_text_horizontal_justification",
        "BoundingBoxTextHorizontalJustification",
    ),
    "CompoundGraphicSequenceItem": (
        "dicomodel.items.compound_graphic_sequence_item",
        "CompoundGraphicSequenceItem",
    ),
    "CompoundGraphicTypeTerm": ("dicomodel.enums.compound_graphic_type", "CompoundGraphicTypeTerm"),
    "CompoundGraphicUnits": ("dicomodel.enums.compound_graphic_units", "CompoundGraphicUnits"),
    "FillMode": ("dicomodel.enums.fill_mode", "FillMode"),
    "FontNameTypeTerm": ("dicomodel.enums.font_name_type", "FontNameTypeTerm"),
    "GraphicAnnotationUnits": (
        "dicomodel.enums.graphic_annotation_units",
        "GraphicAnnotationUnits",
    ),
    "GraphicFilled": ("dicomodel.enums.graphic_filled", "GraphicFilled"),
    "GraphicObjectSequenceItem": (
        "dicomodel.items.graphic_object_sequence_item",
        "GraphicObjectSequenceItem",
    ),
    "GraphicType": ("dicomodel.enums.graphic_type", "GraphicTypeGraphicAnnotation"),
    "HorizontalAlignment": ("dicomodel.enums.horizontal_alignment", "HorizontalAlignment"),
    "Italic": ("dicomodel.enums.italic", "Italic"),
    "LineDashingStyle": ("dicomodel.enums.line_dashing_style", "LineDashingStyle"),
    "LineStyleSequenceItem": ("dicomodel.items.line_style_sequence_item", "LineStyleSequenceItem"),
    "MajorTicksSequenceItem": (
        "dicomodel.items.major_ticks_sequence_item",
        "MajorTicksSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ShadowStyle": ("dicomodel.enums.shadow_style", "ShadowStyle"),
    "ShowTickLabel": ("dicomodel.enums.show_tick_label", "ShowTickLabel"),
    "TextObjectSequenceItem": (
        "dicomodel.items.text_object_sequence_item",
        "TextObjectSequenceItem",
    ),
    "TextStyleSequenceItem": ("dicomodel.items.text_style_sequence_item", "TextStyleSequenceItem"),
    "TickAlignment": ("dicomodel.enums.tick_alignment", "TickAlignment"),
    "TickLabelAlignment": ("dicomodel.enums.tick_label_alignment", "TickLabelAlignment"),
    "Underlined": ("dicomodel.enums.underlined", "Underlined"),
    "VerticalAlignment": ("dicomodel.enums.vertical_alignment", "VerticalAlignment"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
