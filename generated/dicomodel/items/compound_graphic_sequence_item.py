"""Item class CompoundGraphicSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.compound_graphic_type import (
        CompoundGraphicTypeTerm as _CompoundGraphicTypeTerm,
    )
    from dicomodel.enums.compound_graphic_units import (
        CompoundGraphicUnitsValue as _CompoundGraphicUnitsValue,
    )
    from dicomodel.enums.graphic_filled import GraphicFilledValue as _GraphicFilledValue
    from dicomodel.enums.show_tick_label import ShowTickLabelValue as _ShowTickLabelValue
    from dicomodel.enums.tick_alignment import TickAlignmentValue as _TickAlignmentValue
    from dicomodel.enums.tick_label_alignment import (
        TickLabelAlignmentValue as _TickLabelAlignmentValue,
    )
    from dicomodel.items.fill_style_sequence_item_graphic_annotation import (
        FillStyleSequenceItemGraphicAnnotation as _FillStyleSequenceItemGraphicAnnotation,
    )
    from dicomodel.items.line_style_sequence_item import (
        LineStyleSequenceItem as _LineStyleSequenceItem,
    )
    from dicomodel.items.major_ticks_sequence_item import (
        MajorTicksSequenceItem as _MajorTicksSequenceItem,
    )
    from dicomodel.items.text_style_sequence_item import (
        TextStyleSequenceItem as _TextStyleSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CompoundGraphicTypeTerm = Lazy(
        "dicomodel.enums.compound_graphic_type", "CompoundGraphicTypeTerm"
    )
    _CompoundGraphicUnitsValue = Lazy(
        "dicomodel.enums.compound_graphic_units", "CompoundGraphicUnitsValue"
    )
    _FillStyleSequenceItemGraphicAnnotation = Lazy(
        "dicomodel.items.fill_style_sequence_item_graphic_annotation",
        "FillStyleSequenceItemGraphicAnnotation",
    )
    _GraphicFilledValue = Lazy("dicomodel.enums.graphic_filled", "GraphicFilledValue")
    _LineStyleSequenceItem = Lazy(
        "dicomodel.items.line_style_sequence_item", "LineStyleSequenceItem"
    )
    _MajorTicksSequenceItem = Lazy(
        "dicomodel.items.major_ticks_sequence_item", "MajorTicksSequenceItem"
    )
    _ShowTickLabelValue = Lazy("dicomodel.enums.show_tick_label", "ShowTickLabelValue")
    _TextStyleSequenceItem = Lazy(
        "dicomodel.items.text_style_sequence_item", "TextStyleSequenceItem"
    )
    _TickAlignmentValue = Lazy("dicomodel.enums.tick_alignment", "TickAlignmentValue")
    _TickLabelAlignmentValue = Lazy(
        "dicomodel.enums.tick_label_alignment", "TickLabelAlignmentValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.bold import Bold as Bold
    from dicomodel.enums.compound_graphic_type import (
        CompoundGraphicTypeTerm as CompoundGraphicTypeTerm,
    )
    from dicomodel.enums.compound_graphic_units import CompoundGraphicUnits as CompoundGraphicUnits
    from dicomodel.enums.fill_mode import FillMode as FillMode
    from dicomodel.enums.font_name_type import FontNameTypeTerm as FontNameTypeTerm
    from dicomodel.enums.graphic_filled import GraphicFilled as GraphicFilled
    from dicomodel.enums.horizontal_alignment import HorizontalAlignment as HorizontalAlignment
    from dicomodel.enums.italic import Italic as Italic
    from dicomodel.enums.line_dashing_style import LineDashingStyle as LineDashingStyle
    from dicomodel.enums.shadow_style import ShadowStyle as ShadowStyle
    from dicomodel.enums.show_tick_label import ShowTickLabel as ShowTickLabel
    from dicomodel.enums.tick_alignment import TickAlignment as TickAlignment
    from dicomodel.enums.tick_label_alignment import TickLabelAlignment as TickLabelAlignment
    from dicomodel.enums.underlined import Underlined as Underlined
    from dicomodel.enums.vertical_alignment import VerticalAlignment as VerticalAlignment
    from dicomodel.items.fill_style_sequence_item_graphic_annotation import (
        FillStyleSequenceItemGraphicAnnotation as FillStyleSequenceItem,
    )
    from dicomodel.items.line_style_sequence_item import (
        LineStyleSequenceItem as LineStyleSequenceItem,
    )
    from dicomodel.items.major_ticks_sequence_item import (
        MajorTicksSequenceItem as MajorTicksSequenceItem,
    )
    from dicomodel.items.text_style_sequence_item import (
        TextStyleSequenceItem as TextStyleSequenceItem,
    )

__all__ = [
    "Bold",
    "CompoundGraphicSequenceItem",
    "CompoundGraphicTypeTerm",
    "CompoundGraphicUnits",
    "FillMode",
    "FillStyleSequenceItem",
    "FontNameTypeTerm",
    "GraphicFilled",
    "HorizontalAlignment",
    "Italic",
    "LineDashingStyle",
    "LineStyleSequenceItem",
    "MajorTicksSequenceItem",
    "ShadowStyle",
    "ShowTickLabel",
    "TextStyleSequenceItem",
    "TickAlignment",
    "TickLabelAlignment",
    "Underlined",
    "VerticalAlignment",
]


class CompoundGraphicSequenceItem(DicomModel):
    """An item of Compound Graphic Sequence (0070,0209), as first defined in Graphic Annotation Module Attributes (C.10-5)."""

    dicom_name: ClassVar[str] = "Compound Graphic Sequence"
    dicom_table: ClassVar[str] = "table_C.10-5"

    CompoundGraphicInstanceID: Annotated[
        vr.UL, Attribute(0x00700226, "UL", "1", "1", name="Compound Graphic Instance ID")
    ]
    """Compound Graphic Instance ID (0070,0226): Type 1, VR UL, VM 1. A number that identifies the Compound Graphic described in this Item. The value shall be unique within this SOP Instance. See Section C.10.5.1.3.1."""

    CompoundGraphicUnits: Annotated[
        _CompoundGraphicUnitsValue,
        Attribute(
            0x00700282,
            "CS",
            "1",
            "1",
            name="Compound Graphic Units",
            enumerated=((0, ("PIXEL", "DISPLAY")),),
        ),
    ]
    """Compound Graphic Units (0070,0282): Type 1, VR CS, VM 1. Type of dimension used in Attributes for the Compound Graphic when specifying distances and locations. Enumerated Values: PIXEL When an Attribute value specifies a location, it shall be an image relative position specified with sub-pixel re..."""

    GraphicDimensions: Annotated[
        vr.US,
        Attribute(0x00700020, "US", "1", "1", name="Graphic Dimensions", enumerated=((0, ("2",)),)),
    ]
    """Graphic Dimensions (0070,0020): Type 1, VR US, VM 1. Enumerated Values: 2"""

    NumberOfGraphicPoints: Annotated[
        vr.US, Attribute(0x00700021, "US", "1", "1", name="Number of Graphic Points")
    ]
    """Number of Graphic Points (0070,0021): Type 1, VR US, VM 1. Number of data Items, e.g., points, in this Compound Graphic."""

    GraphicData: Annotated[
        list[vr.FL], Attribute(0x00700022, "FL", "2-n", "1", name="Graphic Data")
    ]
    """Graphic Data (0070,0022): Type 1, VR FL, VM 2-n. Numerical data Items that specify this Compound Graphic (points, vectors and scalars). See Section C.10.5.1.3 for further explanation."""

    CompoundGraphicType: Annotated[
        _CompoundGraphicTypeTerm | vr.CS,
        Attribute(0x00700294, "CS", "1", "1", name="Compound Graphic Type"),
    ]
    """Compound Graphic Type (0070,0294): Type 1, VR CS, VM 1. The shape of this Compound Graphic. See Section C.10.5.1.3. Defined Terms: MULTILINE INFINITELINE CUTLINE RANGELINE RULER AXIS CROSSHAIR ARROW RECTANGLE ELLIPSE Implementers may add private graphic types."""

    TextStyleSequence: Annotated[
        list[_TextStyleSequenceItem] | None,
        Attribute(0x00700231, "SQ", "1", "3", name="Text Style Sequence"),
    ] = None
    """Text Style Sequence (0070,0231): Type 3, VR SQ, VM 1. Sequence that describes the text style. Only a single Item shall be included in this Sequence."""

    LineStyleSequence: Annotated[
        list[_LineStyleSequenceItem] | None,
        Attribute(0x00700232, "SQ", "1", "3", name="Line Style Sequence"),
    ] = None
    """Line Style Sequence (0070,0232): Type 3, VR SQ, VM 1. Sequence that describes the line style. Only a single Item shall be included in this Sequence."""

    RotationAngle: Annotated[
        vr.FD | None, Attribute(0x00700230, "FD", "1", "3", name="Rotation Angle")
    ] = None
    """Rotation Angle (0070,0230): Type 3, VR FD, VM 1. The rotation of this Compound Graphic in degrees. Value shall be in degrees, between 0 and 360. See Section C.10.5.1.3."""

    RotationPoint: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x00700273,
            "FL",
            "2",
            "1C",
            name="Rotation Point",
            when=(
                "or",
                ("present", 0x00700230),
                ("value", 0x00700294, 0, "in", ("CUTLINE", "INFINITELINE")),
            ),
        ),
    ] = None
    """Rotation Point (0070,0273): Type 1C, VR FL, VM 2. Required if Rotation Angle (0070,0230) is present or if Compound Graphic Type (0070,0294) is CUTLINE or INFINITELINE. The rotation point of this Compound Graphic. See Section C.10.5.1.3. Required if Rotation Angle (0070,0230) is present or if Compound Graphic Type (0070,0294) is CUTLINE or INFINITELINE."""

    GapLength: Annotated[
        vr.FL | None,
        Attribute(
            0x00700261,
            "FL",
            "1",
            "1C",
            name="Gap Length",
            when=("value", 0x00700294, 0, "in", ("CUTLINE", "INFINITELINE", "CROSSHAIR")),
        ),
    ] = None
    """Gap Length (0070,0261): Type 1C, VR FL, VM 1. Required if Compound Graphic Type (0070,0294) equals CUTLINE, INFINITELINE or CROSSHAIR. Diameter of the circle around Rotation Point (0070,0273) where the CUTLINE or INFINITELINE is not rendered. Diameter of the circle around the origin, specified by Graphic Data (0070,0022) where the CROSSHAIR is not rendered."""

    DiameterOfVisibility: Annotated[
        vr.FL | None,
        Attribute(
            0x00700262,
            "FL",
            "1",
            "1C",
            name="Diameter of Visibility",
            when=("value", 0x00700294, 0, "in", ("CROSSHAIR",)),
        ),
    ] = None
    """Diameter of Visibility (0070,0262): Type 1C, VR FL, VM 1. Required if Compound Graphic Type (0070,0294) equals CROSSHAIR. Diameter of the circle around the CROSSHAIR origin where the CROSSHAIR is visible. The Compound Graphic Units (0070,0282) of the Diameter of Visibility (0070,0262) shall be DISPLAY."""

    MajorTicksSequence: Annotated[
        list[_MajorTicksSequenceItem] | None,
        Attribute(
            0x00700287,
            "SQ",
            "1",
            "1C",
            name="Major Ticks Sequence",
            when=("value", 0x00700294, 0, "in", ("AXIS",)),
        ),
    ] = None
    """Major Ticks Sequence (0070,0287): Type 1C, VR SQ, VM 1. Required if Compound Graphic Type (0070,0294) equals AXIS. The sequence of major ticks on the AXIS object. Two or more Items shall be present. Required if Compound Graphic Type (0070,0294) equals AXIS."""

    TickAlignment: Annotated[
        _TickAlignmentValue | None,
        Attribute(
            0x00700274,
            "CS",
            "1",
            "1C",
            name="Tick Alignment",
            enumerated=((0, ("BOTTOM", "CENTER", "TOP")),),
            when=("value", 0x00700294, 0, "in", ("RULER", "AXIS", "CROSSHAIR")),
        ),
    ] = None
    """Tick Alignment (0070,0274): Type 1C, VR CS, VM 1. Required if Compound Graphic Type (0070,0294) equals RULER, AXIS or CROSSHAIR. The alignment of the ticks with respect to the line. Enumerated Values: BOTTOM CENTER TOP See Section C.10.5.1.3. Required if Compound Graphic Type (0070,0294) equals RULER, AXIS or CROSSHAIR."""

    TickLabelAlignment: Annotated[
        _TickLabelAlignmentValue | None,
        Attribute(
            0x00700279,
            "CS",
            "1",
            "1C",
            name="Tick Label Alignment",
            enumerated=((0, ("BOTTOM", "TOP")),),
            when=("value", 0x00700294, 0, "in", ("RULER", "AXIS", "CROSSHAIR")),
        ),
    ] = None
    """Tick Label Alignment (0070,0279): Type 1C, VR CS, VM 1. Required if Compound Graphic Type (0070,0294) equals RULER, AXIS, or CROSSHAIR. The alignment of the label with respect to the tick. Enumerated Values: BOTTOM TOP See Section C.10.5.1.3. Required if Compound Graphic Type (0070,0294) equals RULER, AXIS, or CROSSHAIR."""

    ShowTickLabel: Annotated[
        _ShowTickLabelValue | None,
        Attribute(
            0x00700278,
            "CS",
            "1",
            "1C",
            name="Show Tick Label",
            enumerated=((0, ("Y", "N")),),
            when=("value", 0x00700294, 0, "in", ("RULER", "AXIS", "CROSSHAIR")),
        ),
    ] = None
    """Show Tick Label (0070,0278): Type 1C, VR CS, VM 1. Required if Compound Graphic Type (0070,0294) equals RULER, AXIS or CROSSHAIR. Indicates whether the tick label should be initially visible. Enumerated Values: Y Yes N No Required if Compound Graphic Type (0070,0294) equals RULER, AXIS or CROSSHAIR."""

    GraphicFilled: Annotated[
        _GraphicFilledValue | None,
        Attribute(
            0x00700024,
            "CS",
            "1",
            "1C",
            name="Graphic Filled",
            enumerated=((0, ("Y", "N")),),
            when=("value", 0x00700294, 0, "in", ("RECTANGLE", "ELLIPSE")),
        ),
    ] = None
    """Graphic Filled (0070,0024): Type 1C, VR CS, VM 1. Required if Compound Graphic Type (0070,0294) equals RECTANGLE or ELLIPSE. Indicates whether or not the Compound Graphics is displayed as filled. Enumerated Values: Y yes N no Required if Compound Graphic Type (0070,0294) equals RECTANGLE or ELLIPSE."""

    FillStyleSequence: Annotated[
        list[_FillStyleSequenceItemGraphicAnnotation] | None,
        Attribute(0x00700233, "SQ", "1", "3", name="Fill Style Sequence"),
    ] = None
    """Fill Style Sequence (0070,0233): Type 3, VR SQ, VM 1. Sequence that describes the fill style. Only a single Item is permitted in this Sequence."""

    GraphicGroupID: Annotated[
        vr.UL | None, Attribute(0x00700295, "UL", "1", "3", name="Graphic Group ID")
    ] = None
    """Graphic Group ID (0070,0295): Type 3, VR UL, VM 1. A number that defines the corresponding group object in the Graphic Group Sequence (0070,0234). If the Attribute is not present the object does not belong to a group."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "Bold": ("dicomodel.enums.bold", "Bold"),
    "CompoundGraphicTypeTerm": ("dicomodel.enums.compound_graphic_type", "CompoundGraphicTypeTerm"),
    "CompoundGraphicUnits": ("dicomodel.enums.compound_graphic_units", "CompoundGraphicUnits"),
    "FillMode": ("dicomodel.enums.fill_mode", "FillMode"),
    "FillStyleSequenceItem": (
        "dicomodel.items.fill_style_sequence_item_graphic_annotation",
        "FillStyleSequenceItemGraphicAnnotation",
    ),
    "FontNameTypeTerm": ("dicomodel.enums.font_name_type", "FontNameTypeTerm"),
    "GraphicFilled": ("dicomodel.enums.graphic_filled", "GraphicFilled"),
    "HorizontalAlignment": ("dicomodel.enums.horizontal_alignment", "HorizontalAlignment"),
    "Italic": ("dicomodel.enums.italic", "Italic"),
    "LineDashingStyle": ("dicomodel.enums.line_dashing_style", "LineDashingStyle"),
    "LineStyleSequenceItem": ("dicomodel.items.line_style_sequence_item", "LineStyleSequenceItem"),
    "MajorTicksSequenceItem": (
        "dicomodel.items.major_ticks_sequence_item",
        "MajorTicksSequenceItem",
    ),
    "ShadowStyle": ("dicomodel.enums.shadow_style", "ShadowStyle"),
    "ShowTickLabel": ("dicomodel.enums.show_tick_label", "ShowTickLabel"),
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
