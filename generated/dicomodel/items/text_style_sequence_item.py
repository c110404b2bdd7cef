"""Item class TextStyleSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.bold import BoldValue as _BoldValue
    from dicomodel.enums.font_name_type import FontNameTypeTerm as _FontNameTypeTerm
    from dicomodel.enums.horizontal_alignment import (
        HorizontalAlignmentValue as _HorizontalAlignmentValue,
    )
    from dicomodel.enums.italic import ItalicValue as _ItalicValue
    from dicomodel.enums.shadow_style import ShadowStyleValue as _ShadowStyleValue
    from dicomodel.enums.underlined import UnderlinedValue as _UnderlinedValue
    from dicomodel.enums.vertical_alignment import VerticalAlignmentValue as _VerticalAlignmentValue
else:
    from dicomodel.lazy import Lazy

    _BoldValue = Lazy("dicomodel.enums.bold", "BoldValue")
    _FontNameTypeTerm = Lazy("dicomodel.enums.font_name_type", "FontNameTypeTerm")
    _HorizontalAlignmentValue = Lazy(
        "dicomodel.enums.horizontal_alignment", "HorizontalAlignmentValue"
    )
    _ItalicValue = Lazy("dicomodel.enums.italic", "ItalicValue")
    _ShadowStyleValue = Lazy("dicomodel.enums.shadow_style", "ShadowStyleValue")
    _UnderlinedValue = Lazy("dicomodel.enums.underlined", "UnderlinedValue")
    _VerticalAlignmentValue = Lazy("dicomodel.enums.vertical_alignment", "VerticalAlignmentValue")

if TYPE_CHECKING:
    from dicomodel.enums.bold import Bold as Bold
    from dicomodel.enums.font_name_type import FontNameTypeTerm as FontNameTypeTerm
    from dicomodel.enums.horizontal_alignment import HorizontalAlignment as HorizontalAlignment
    from dicomodel.enums.italic import Italic as Italic
    from dicomodel.enums.shadow_style import ShadowStyle as ShadowStyle
    from dicomodel.enums.underlined import Underlined as Underlined
    from dicomodel.enums.vertical_alignment import VerticalAlignment as VerticalAlignment

__all__ = [
    "Bold",
    "FontNameTypeTerm",
    "HorizontalAlignment",
    "Italic",
    "ShadowStyle",
    "TextStyleSequenceItem",
    "Underlined",
    "VerticalAlignment",
]


class TextStyleSequenceItem(DicomModel):
    """An item of Text Style Sequence (0070,0231), as first defined in Text Style Sequence Macro Attributes (C.10-5a)."""

    dicom_name: ClassVar[str] = "Text Style Sequence"
    dicom_table: ClassVar[str] = "table_C.10-5a"

    FontName: Annotated[vr.LO | None, Attribute(0x00700227, "LO", "1", "3", name="Font Name")] = (
        None
    )
    """Font Name (0070,0227): Type 3, VR LO, VM 1. Font name in a standard type."""

    FontNameType: Annotated[
        _FontNameTypeTerm | vr.CS | None,
        Attribute(0x00700228, "CS", "1", "1C", name="Font Name Type", when=("present", 0x00700227)),
    ] = None
    """Font Name Type (0070,0228): Type 1C, VR CS, VM 1. Required if Font Name (0070,0227) is present. Defined Terms: ISO_32000 Required if Font Name (0070,0227) is present. This is the font naming system used by Adobe PDF and defined in ISO/IEC 14496-22."""

    CSSFontName: Annotated[vr.LO, Attribute(0x00700229, "LO", "1", "1", name="CSS Font Name")]
    """CSS Font Name (0070,0229): Type 1, VR LO, VM 1. Generic font name as defined within CSS (Cascading Style Sheets). Default fontname, if the font specified in Font Name (0070,0227) is not present or can not be rendered."""

    TextColorCIELabValue: Annotated[
        list[vr.US], Attribute(0x00700241, "US", "3", "1", name="Text Color CIELab Value")
    ]
    """Text Color CIELab Value (0070,0241): Type 1, VR US, VM 3. A default color triplet value used to specify the text color in which it is recommended that the text be rendered on a color display. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""

    HorizontalAlignment: Annotated[
        _HorizontalAlignmentValue | None,
        Attribute(
            0x00700242,
            "CS",
            "1",
            "1C",
            name="Horizontal Alignment",
            enumerated=((0, ("LEFT", "CENTER", "RIGHT")),),
            when=("present", 0x00700010),
        ),
    ] = None
    """Horizontal Alignment (0070,0242): Type 1C, VR CS, VM 1. Required if Bounding Box Top Left Hand Corner (0070,0010) is present. Specifies the horizontal position of the text relative to the vertical edges of the bounding box. Horizontal Alignment shall override the Bounding Box Text Horizontal Justification (0070,0012) of the Text Object Sequence (0070,0008) Item."""

    VerticalAlignment: Annotated[
        _VerticalAlignmentValue | None,
        Attribute(
            0x00700243,
            "CS",
            "1",
            "1C",
            name="Vertical Alignment",
            enumerated=((0, ("TOP", "CENTER", "BOTTOM")),),
            when=("present", 0x00700010),
        ),
    ] = None
    """Vertical Alignment (0070,0243): Type 1C, VR CS, VM 1. Required if Bounding Box Top Left Hand Corner (0070,0010) is present. Specifies the vertical position of the text relative to the horizontal edges of the bounding box. See Section C.10.5.1.3.12.1 Enumerated Values: TOP CENTER BOTTOM Required if Bounding Box Top Left Hand Corner (0070,0010) is present."""

    ShadowStyle: Annotated[
        _ShadowStyleValue,
        Attribute(
            0x00700244,
            "CS",
            "1",
            "1",
            name="Shadow Style",
            enumerated=((0, ("NORMAL", "OUTLINED", "OFF")),),
        ),
    ]
    """Shadow Style (0070,0244): Type 1, VR CS, VM 1. The shadow style of the text to be displayed. Enumerated Values: NORMAL the shadow is drawn on 1 side of the contour of the text object OUTLINED the shadow is drawn around the contour of the text object OFF no shadow See Section C.10.5.1.3...."""

    ShadowOffsetX: Annotated[
        vr.FL | None,
        Attribute(
            0x00700245,
            "FL",
            "1",
            "1C",
            name="Shadow Offset X",
            when=("value", 0x00700244, 0, "not_in", ("OFF",)),
        ),
    ] = None
    """Shadow Offset X (0070,0245): Type 1C, VR FL, VM 1. Required if Shadow Style (0070,0244) value is not OFF. Floating point value that defines the shadow offset in X direction in Anchor Point Annotation Units (0070,0004) if used in Text Object Sequence (0070,0008) Item or in Graphic Annotation Units (0070,0005) if used in Graphic Object Sequence (..."""

    ShadowOffsetY: Annotated[
        vr.FL | None,
        Attribute(
            0x00700246,
            "FL",
            "1",
            "1C",
            name="Shadow Offset Y",
            when=("value", 0x00700244, 0, "not_in", ("OFF",)),
        ),
    ] = None
    """Shadow Offset Y (0070,0246): Type 1C, VR FL, VM 1. Required if Shadow Style (0070,0244) value is not OFF. Floating point value that defines the shadow offset in Y direction in Anchor Point Annotation Units (0070,0004) if used in Text Object Sequence (0070,0008) Item or in Graphic Annotation Units (0070,0005) if used in Graphic Object Sequence (..."""

    ShadowColorCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00700247,
            "US",
            "3",
            "1C",
            name="Shadow Color CIELab Value",
            when=("value", 0x00700244, 0, "not_in", ("OFF",)),
        ),
    ] = None
    """Shadow Color CIELab Value (0070,0247): Type 1C, VR US, VM 3. Required if Shadow Style (0070,0244) value is not OFF. A color triplet value used to encode the Shadow Color. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1. Required if Shadow Style (0070,0244) value is not OFF."""

    ShadowOpacity: Annotated[
        vr.FL | None,
        Attribute(
            0x00700258,
            "FL",
            "1",
            "1C",
            name="Shadow Opacity",
            when=("value", 0x00700244, 0, "not_in", ("OFF",)),
        ),
    ] = None
    """Shadow Opacity (0070,0258): Type 1C, VR FL, VM 1. Required if Shadow Style (0070,0244) value is not OFF. Encodes the shadow opacity. The value is encoded as floating point alpha value (0.0-1.0). Required if Shadow Style (0070,0244) value is not OFF."""

    Underlined: Annotated[
        _UnderlinedValue,
        Attribute(0x00700248, "CS", "1", "1", name="Underlined", enumerated=((0, ("Y", "N")),)),
    ]
    """Underlined (0070,0248): Type 1, VR CS, VM 1. Specifies whether or not the text shall be rendered underlined. Enumerated Values: Y yes N no"""

    Bold: Annotated[
        _BoldValue,
        Attribute(0x00700249, "CS", "1", "1", name="Bold", enumerated=((0, ("Y", "N")),)),
    ]
    """Bold (0070,0249): Type 1, VR CS, VM 1. Specifies whether or not the text shall be rendered in bold. Enumerated Values: Y yes N no"""

    Italic: Annotated[
        _ItalicValue,
        Attribute(0x00700250, "CS", "1", "1", name="Italic", enumerated=((0, ("Y", "N")),)),
    ]
    """Italic (0070,0250): Type 1, VR CS, VM 1. Specifies whether or not the text shall be rendered italicized. Enumerated Values: Y yes N no"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "Bold": ("dicomodel.enums.bold", "Bold"),
    "FontNameTypeTerm": ("dicomodel.enums.font_name_type", "FontNameTypeTerm"),
    "HorizontalAlignment": ("dicomodel.enums.horizontal_alignment", "HorizontalAlignment"),
    "Italic": ("dicomodel.enums.italic", "Italic"),
    "ShadowStyle": ("dicomodel.enums.shadow_style", "ShadowStyle"),
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
