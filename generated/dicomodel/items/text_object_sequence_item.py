"""Item class TextObjectSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.anchor_point_annotation_units import (
        AnchorPointAnnotationUnitsValue as _AnchorPointAnnotationUnitsValue,
    )
    from dicomodel.enums.anchor_point_visibility import (
        AnchorPointVisibilityValue as _AnchorPointVisibilityValue,
    )
    from dicomodel.enums.bounding_box_annotation_units import (
        BoundingBoxAnnotationUnitsValue as _BoundingBoxAnnotationUnitsValue,
    )
    from dicomodel.enums.bounding_box_text_horizontal_justification import (
        BoundingBoxTextHorizontalJustificationValue as _BoundingBoxTextHorizontalJustificationValue,
    )
    from dicomodel.items.text_style_sequence_item import (
        TextStyleSequenceItem as _TextStyleSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AnchorPointAnnotationUnitsValue = Lazy(
        "dicomodel.enums.anchor_point_annotation_units", "AnchorPointAnnotationUnitsValue"
    )
    _AnchorPointVisibilityValue = Lazy(
        "dicomodel.enums.anchor_point_visibility", "AnchorPointVisibilityValue"
    )
    _BoundingBoxAnnotationUnitsValue = Lazy(
        "dicomodel.enums.bounding_box_annotation_units", "BoundingBoxAnnotationUnitsValue"
    )
    _BoundingBoxTextHorizontalJustificationValue = Lazy(
        "dicomodel.enums.bounding_box_text_horizontal_justification",
        "BoundingBoxTextHorizontalJustificationValue",
    )
    _TextStyleSequenceItem = Lazy(
        "dicomodel.items.text_style_sequence_item", "TextStyleSequenceItem"
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
    from dicomodel.enums.font_name_type import FontNameTypeTerm as FontNameTypeTerm
    from dicomodel.enums.horizontal_alignment import HorizontalAlignment as HorizontalAlignment
    from dicomodel.enums.italic import Italic as Italic
    from dicomodel.enums.shadow_style import ShadowStyle as ShadowStyle
    from dicomodel.enums.underlined import Underlined as Underlined
    from dicomodel.enums.vertical_alignment import VerticalAlignment as VerticalAlignment
    from dicomodel.items.text_style_sequence_item import (
        TextStyleSequenceItem as TextStyleSequenceItem,
    )

__all__ = [
    "AnchorPointAnnotationUnits",
    "AnchorPointVisibility",
    "Bold",
    "BoundingBoxAnnotationUnits",
    "BoundingBoxTextHorizontalJustification",
    "FontNameTypeTerm",
    "HorizontalAlignment",
    "Italic",
    "ShadowStyle",
    "TextObjectSequenceItem",
    "TextStyleSequenceItem",
    "Underlined",
    "VerticalAlignment",
]


class TextObjectSequenceItem(DicomModel):
    """An item of Text Object Sequence (0070,0008), as first defined in Graphic Annotation Module Attributes (C.10-5)."""

    dicom_name: ClassVar[str] = "Text Object Sequence"
    dicom_table: ClassVar[str] = "table_C.10-5"

    BoundingBoxAnnotationUnits: Annotated[
        _BoundingBoxAnnotationUnitsValue | None,
        Attribute(
            0x00700003,
            "CS",
            "1",
            "1C",
            name="Bounding Box Annotation Units",
            enumerated=((0, ("PIXEL", "DISPLAY", "MATRIX")),),
            when=("or", ("present", 0x00700010), ("present", 0x00700011)),
        ),
    ] = None
    """Bounding Box Annotation Units (0070,0003): Type 1C, VR CS, VM 1. Required if Bounding Box Top Left Hand Corner (0070,0010) or Bounding Box Bottom Right Hand Corner (0070,0011) is present. Units of measure for the axes of the text bounding box. Defines whether or not the annotation is Image or Displayed Area relative. Both dimensions shall have the same units."""

    AnchorPointAnnotationUnits: Annotated[
        _AnchorPointAnnotationUnitsValue | None,
        Attribute(
            0x00700004,
            "CS",
            "1",
            "1C",
            name="Anchor Point Annotation Units",
            enumerated=((0, ("PIXEL", "DISPLAY", "MATRIX")),),
            when=("present", 0x00700014),
        ),
    ] = None
    """Anchor Point Annotation Units (0070,0004): Type 1C, VR CS, VM 1. Required if Anchor Point (0070,0014) is present. Units of measure for the axes of the text anchor point annotation. Enumerated Values for Anchor Point Annotation Units (0070,0004) are the same as for Bounding Box Annotation Units (0070,0003)."""

    UnformattedTextValue: Annotated[
        vr.ST, Attribute(0x00700006, "ST", "1", "1", name="Unformatted Text Value")
    ]
    """Unformatted Text Value (0070,0006): Type 1, VR ST, VM 1. Text data that is unformatted and whose manner of display within the defined bounding box or relative to the specified anchor point is implementation dependent. See Section C.10.5.1.1."""

    TextStyleSequence: Annotated[
        list[_TextStyleSequenceItem] | None,
        Attribute(0x00700231, "SQ", "1", "3", name="Text Style Sequence"),
    ] = None
    """Text Style Sequence (0070,0231): Type 3, VR SQ, VM 1. Sequence that describes the text style. Only a single Item shall be included in this Sequence."""

    BoundingBoxTopLeftHandCorner: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x00700010,
            "FL",
            "2",
            "1C",
            name="Bounding Box Top Left Hand Corner",
            when=("present", 0x00700011),
            otherwise="may",
        ),
    ] = None
    """Bounding Box Top Left Hand Corner (0070,0010): Type 1C, VR FL, VM 2. Required if Anchor Point (0070,0014) is not present. May be present otherwise. Required if Bounding Box Bottom Right Hand Corner (0070,0011) is present. Location of the Top Left Hand Corner (TLHC) of the bounding box in which Unformatted Text Value (0070,0006) is to be displayed, in Bounding Box Annotation Units (0070,0003), given as column\\row."""

    BoundingBoxBottomRightHandCorner: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x00700011,
            "FL",
            "2",
            "1C",
            name="Bounding Box Bottom Right Hand Corner",
            when=("present", 0x00700010),
            otherwise="may",
        ),
    ] = None
    """Bounding Box Bottom Right Hand Corner (0070,0011): Type 1C, VR FL, VM 2. Required if Anchor Point (0070,0014) is not present. May be present otherwise. Required if Bounding Box Top Left Hand Corner (0070,0010) is present. Location of the Bottom Right Hand Corner (BRHC) of the bounding box in which Unformatted Text Value (0070,0006) is to be displayed, in Bounding Box Annotation Units (0070,0003), given as column\\row."""

    BoundingBoxTextHorizontalJustification: Annotated[
        _BoundingBoxTextHorizontalJustificationValue | None,
        Attribute(
            0x00700012,
            "CS",
            "1",
            "1C",
            name="Bounding Box Text Horizontal Justification",
            enumerated=((0, ("LEFT", "RIGHT", "CENTER")),),
            when=("present", 0x00700010),
        ),
    ] = None
    """Bounding Box Text Horizontal Justification (0070,0012): Type 1C, VR CS, VM 1. Required if Bounding Box Top Left Hand Corner (0070,0010) is present. Location of the text relative to the vertical edges of the bounding box. Enumerated Values: LEFT closest to left edge RIGHT closest to right edge CENTER centered Required if Bounding Box Top Left Hand Corner (0070,0010) is present."""

    AnchorPoint: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x00700014,
            "FL",
            "2",
            "1C",
            name="Anchor Point",
            when=("and", ("not", ("present", 0x00700010)), ("not", ("present", 0x00700011))),
            otherwise="may",
        ),
    ] = None
    """Anchor Point (0070,0014): Type 1C, VR FL, VM 2. Required if Bounding Box Top Left Hand Corner (0070,0010) and Bounding Box Bottom Right Hand Corner (0070,0011) are not present. May be present otherwise. Location of a point in the image or Specified Displayed Area to which the Unformatted Text Value (0070,0006) is related, in Anchor Point Annotation Units (0070,0004), given as column\\row."""

    AnchorPointVisibility: Annotated[
        _AnchorPointVisibilityValue | None,
        Attribute(
            0x00700015,
            "CS",
            "1",
            "1C",
            name="Anchor Point Visibility",
            enumerated=((0, ("Y", "N")),),
            when=("present", 0x00700014),
        ),
    ] = None
    """Anchor Point Visibility (0070,0015): Type 1C, VR CS, VM 1. Required if Anchor Point (0070,0014) is present. Flag to indicate whether or not a visible indication (such as a line or arrow) of the relationship between the text and the anchor point is to be displayed. Enumerated Values: Y yes N no Required if Anchor Point (0070,0014) is present."""

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
    "FontNameTypeTerm": ("dicomodel.enums.font_name_type", "FontNameTypeTerm"),
    "HorizontalAlignment": ("dicomodel.enums.horizontal_alignment", "HorizontalAlignment"),
    "Italic": ("dicomodel.enums.italic", "Italic"),
    "ShadowStyle": ("dicomodel.enums.shadow_style", "ShadowStyle"),
    "TextStyleSequenceItem": ("dicomodel.items.text_style_sequence_item", "TextStyleSequenceItem"),
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
