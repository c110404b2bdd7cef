"""Graphic Annotation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.graphic_annotation_sequence_item import (
        GraphicAnnotationSequenceItem as _GraphicAnnotationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _GraphicAnnotationSequenceItem = Lazy(
        "dicomodel.items.graphic_annotation_sequence_item", "GraphicAnnotationSequenceItem"
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
    from dicomodel.items.graphic_annotation_sequence_item import (
        GraphicAnnotationSequenceItem as GraphicAnnotationSequenceItem,
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
    "GraphicAnnotationModule",
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


class GraphicAnnotationModule(DicomModel):
    """Graphic Annotation Module Attributes (PS3.3 Table C.10-5)."""

    dicom_name: ClassVar[str] = "Graphic Annotation"
    dicom_table: ClassVar[str] = "table_C.10-5"

    GraphicAnnotationSequence: Annotated[
        list[_GraphicAnnotationSequenceItem],
        Attribute(0x00700001, "SQ", "1", "1", name="Graphic Annotation Sequence"),
    ]
    """Graphic Annotation Sequence (0070,0001): Type 1, VR SQ, VM 1. A Sequence of Items each of which represents a group of annotations composed of graphics or text or both. One or more Items shall be included in this Sequence."""


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
    "GraphicAnnotationSequenceItem": (
        "dicomodel.items.graphic_annotation_sequence_item",
        "GraphicAnnotationSequenceItem",
    ),
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
