"""Item class GraphicObjectSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.graphic_annotation_units import (
        GraphicAnnotationUnitsValue as _GraphicAnnotationUnitsValue,
    )
    from dicomodel.enums.graphic_filled import GraphicFilledValue as _GraphicFilledValue
    from dicomodel.enums.graphic_type import (
        GraphicTypeGraphicAnnotationValue as _GraphicTypeGraphicAnnotationValue,
    )
    from dicomodel.items.fill_style_sequence_item import (
        FillStyleSequenceItem as _FillStyleSequenceItem,
    )
    from dicomodel.items.line_style_sequence_item import (
        LineStyleSequenceItem as _LineStyleSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FillStyleSequenceItem = Lazy(
        "dicomodel.items.fill_style_sequence_item", "FillStyleSequenceItem"
    )
    _GraphicAnnotationUnitsValue = Lazy(
        "dicomodel.enums.graphic_annotation_units", "GraphicAnnotationUnitsValue"
    )
    _GraphicFilledValue = Lazy("dicomodel.enums.graphic_filled", "GraphicFilledValue")
    _GraphicTypeGraphicAnnotationValue = Lazy(
        "dicomodel.enums.graphic_type", "GraphicTypeGraphicAnnotationValue"
    )
    _LineStyleSequenceItem = Lazy(
        "dicomodel.items.line_style_sequence_item", "LineStyleSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.fill_mode import FillMode as FillMode
    from dicomodel.enums.graphic_annotation_units import (
        GraphicAnnotationUnits as GraphicAnnotationUnits,
    )
    from dicomodel.enums.graphic_filled import GraphicFilled as GraphicFilled
    from dicomodel.enums.graphic_type import GraphicTypeGraphicAnnotation as GraphicType
    from dicomodel.enums.line_dashing_style import LineDashingStyle as LineDashingStyle
    from dicomodel.enums.shadow_style import ShadowStyle as ShadowStyle
    from dicomodel.items.fill_style_sequence_item import (
        FillStyleSequenceItem as FillStyleSequenceItem,
    )
    from dicomodel.items.line_style_sequence_item import (
        LineStyleSequenceItem as LineStyleSequenceItem,
    )

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


class GraphicObjectSequenceItem(DicomModel):
    """An item of Graphic Object Sequence (0070,0009), as first defined in Graphic Annotation Module Attributes (C.10-5)."""

    dicom_name: ClassVar[str] = "Graphic Object Sequence"
    dicom_table: ClassVar[str] = "table_C.10-5"

    GraphicAnnotationUnits: Annotated[
        _GraphicAnnotationUnitsValue,
        Attribute(
            0x00700005,
            "CS",
            "1",
            "1",
            name="Graphic Annotation Units",
            enumerated=((0, ("PIXEL", "DISPLAY", "MATRIX")),),
        ),
    ]
    """Graphic Annotation Units (0070,0005): Type 1, VR CS, VM 1. Units of measure for the axes of the graphic annotation. Enumerated Values for Graphic Annotation Units (0070,0005) are the same as for Bounding Box Annotation Units (0070,0003)."""

    GraphicDimensions: Annotated[
        vr.US,
        Attribute(0x00700020, "US", "1", "1", name="Graphic Dimensions", enumerated=((0, ("2",)),)),
    ]
    """Graphic Dimensions (0070,0020): Type 1, VR US, VM 1. Enumerated Values: 2"""

    NumberOfGraphicPoints: Annotated[
        vr.US, Attribute(0x00700021, "US", "1", "1", name="Number of Graphic Points")
    ]
    """Number of Graphic Points (0070,0021): Type 1, VR US, VM 1. Number of data points in this graphic."""

    GraphicData: Annotated[
        list[vr.FL], Attribute(0x00700022, "FL", "2-n", "1", name="Graphic Data")
    ]
    """Graphic Data (0070,0022): Type 1, VR FL, VM 2-n. Coordinates that specify this graphic annotation. See Section C.10.5.1.2 for further explanation."""

    GraphicType: Annotated[
        _GraphicTypeGraphicAnnotationValue,
        Attribute(
            0x00700023,
            "CS",
            "1",
            "1",
            name="Graphic Type",
            enumerated=((0, ("POINT", "POLYLINE", "INTERPOLATED", "CIRCLE", "ELLIPSE")),),
        ),
    ]
    """Graphic Type (0070,0023): Type 1, VR CS, VM 1. The shape of graphic that is to be drawn. See Section C.10.5.1.2. Enumerated Values: POINT POLYLINE INTERPOLATED CIRCLE ELLIPSE"""

    LineStyleSequence: Annotated[
        list[_LineStyleSequenceItem] | None,
        Attribute(0x00700232, "SQ", "1", "3", name="Line Style Sequence"),
    ] = None
    """Line Style Sequence (0070,0232): Type 3, VR SQ, VM 1. Sequence that describes the line style. Only a single Item shall be included in this Sequence."""

    GraphicFilled: Annotated[
        _GraphicFilledValue | None,
        Attribute(
            0x00700024,
            "CS",
            "1",
            "1C",
            name="Graphic Filled",
            enumerated=((0, ("Y", "N")),),
            when=(
                "unknown",
                "condition not read: no value after the verb at 'closed' (in 'Required if Graphic Data (0070,0022) is closed , that is Graphic Type (0070,0023) is CIRCLE or ELLIPSE , or Graphic Type (0070,0023) is POLYLINE or INTERPOLATED and the first data point is the same as the last data point')",
            ),
        ),
    ] = None
    """Graphic Filled (0070,0024): Type 1C, VR CS, VM 1. Required if Graphic Data (0070,0022) is \"closed\", that is Graphic Type (0070,0023) is CIRCLE or ELLIPSE, or Graphic Type (0070,0023) is POLYLINE or INTERPOLATED and the first data point is the same as the last data point. Whether or not the closed graphics element is displayed as filled (in some unspecified manner that shall be distinguishable from an outline) or as an outline. See Section C.10.5.1.2."""

    FillStyleSequence: Annotated[
        list[_FillStyleSequenceItem] | None,
        Attribute(0x00700233, "SQ", "1", "3", name="Fill Style Sequence"),
    ] = None
    """Fill Style Sequence (0070,0233): Type 3, VR SQ, VM 1. Sequence that describes the fill style. Only a single Item is permitted in this Sequence."""

    CompoundGraphicInstanceID: Annotated[
        vr.UL | None, Attribute(0x00700226, "UL", "1", "3", name="Compound Graphic Instance ID")
    ] = None
    """Compound Graphic Instance ID (0070,0226): Type 3, VR UL, VM 1. The identifier of the Compound Graphic represented, in part, by this Item. The value of this Attribute shall be equal to the value of Compound Graphic Instance ID (0070,0226) of the corresponding Item in the Compound Graphic Sequence (0070,..."""

    GraphicGroupID: Annotated[
        vr.UL | None, Attribute(0x00700295, "UL", "1", "3", name="Graphic Group ID")
    ] = None
    """Graphic Group ID (0070,0295): Type 3, VR UL, VM 1. A number identifying the group from the Graphic Group Sequence (0070,0234) to which this Item belongs. If this Attribute is not present, this Item does not belong to a group."""

    TrackingID: Annotated[
        vr.UT | None,
        Attribute(0x00620020, "UT", "1", "1C", name="Tracking ID", when=("present", 0x00620021)),
    ] = None
    """Tracking ID (0062,0020): Type 1C, VR UT, VM 1. Required if Tracking UID (0062,0021) is present. A text label used for tracking a finding or feature, potentially across multiple reporting objects, over time. This label shall be unique within the domain in which it is used. Required if Tracking UID (0062,0021) is present."""

    TrackingUID: Annotated[
        vr.UI | None,
        Attribute(0x00620021, "UI", "1", "1C", name="Tracking UID", when=("present", 0x00620020)),
    ] = None
    """Tracking UID (0062,0021): Type 1C, VR UI, VM 1. Required if Tracking ID (0062,0020) is present. A unique identifier used for tracking a finding or feature, potentially across multiple reporting objects, over time. Required if Tracking ID (0062,0020) is present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FillMode": ("dicomodel.enums.fill_mode", "FillMode"),
    "FillStyleSequenceItem": ("dicomodel.items.fill_style_sequence_item", "FillStyleSequenceItem"),
    "GraphicAnnotationUnits": (
        "dicomodel.enums.graphic_annotation_units",
        "GraphicAnnotationUnits",
    ),
    "GraphicFilled": ("dicomodel.enums.graphic_filled", "GraphicFilled"),
    "GraphicType": ("dicomodel.enums.graphic_type", "GraphicTypeGraphicAnnotation"),
    "LineDashingStyle": ("dicomodel.enums.line_dashing_style", "LineDashingStyle"),
    "LineStyleSequenceItem": ("dicomodel.items.line_style_sequence_item", "LineStyleSequenceItem"),
    "ShadowStyle": ("dicomodel.enums.shadow_style", "ShadowStyle"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
