"""Item class LineStyleSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.line_dashing_style import LineDashingStyleValue as _LineDashingStyleValue
    from dicomodel.enums.shadow_style import ShadowStyleValue as _ShadowStyleValue
else:
    from dicomodel.lazy import Lazy

    _LineDashingStyleValue = Lazy("dicomodel.enums.line_dashing_style", "LineDashingStyleValue")
    _ShadowStyleValue = Lazy("dicomodel.enums.shadow_style", "ShadowStyleValue")

if TYPE_CHECKING:
    from dicomodel.enums.line_dashing_style import LineDashingStyle as LineDashingStyle
    from dicomodel.enums.shadow_style import ShadowStyle as ShadowStyle

__all__ = [
    "LineDashingStyle",
    "LineStyleSequenceItem",
    "ShadowStyle",
]


class LineStyleSequenceItem(DicomModel):
    """An item of Line Style Sequence (0070,0232), as first defined in Line Style Sequence Macro Attributes (C.10-5b)."""

    dicom_name: ClassVar[str] = "Line Style Sequence"
    dicom_table: ClassVar[str] = "table_C.10-5b"

    PatternOnColorCIELabValue: Annotated[
        list[vr.US], Attribute(0x00700251, "US", "3", "1", name="Pattern On Color CIELab Value")
    ]
    """Pattern On Color CIELab Value (0070,0251): Type 1, VR US, VM 3. A color triplet value used to encode the foreground. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""

    PatternOffColorCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(0x00700252, "US", "3", "3", name="Pattern Off Color CIELab Value"),
    ] = None
    """Pattern Off Color CIELab Value (0070,0252): Type 3, VR US, VM 3. A color triplet value used to encode the color of parts of the line that are off, i.e., the background. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""

    PatternOnOpacity: Annotated[
        vr.FL, Attribute(0x00700284, "FL", "1", "1", name="Pattern On Opacity")
    ]
    """Pattern On Opacity (0070,0284): Type 1, VR FL, VM 1. Encodes the foreground opacity. The value is encoded as floating point alpha value (0.0-1.0)."""

    PatternOffOpacity: Annotated[
        vr.FL | None, Attribute(0x00700285, "FL", "1", "3", name="Pattern Off Opacity")
    ] = None
    """Pattern Off Opacity (0070,0285): Type 3, VR FL, VM 1. Encodes the background opacity. The value is encoded as floating point alpha value (0.0-1.0)."""

    LineThickness: Annotated[vr.FL, Attribute(0x00700253, "FL", "1", "1", name="Line Thickness")]
    """Line Thickness (0070,0253): Type 1, VR FL, VM 1. Specifies the line thickness. The dimension for this Attribute is defined by Graphic Annotation Units (0070,0005) or Compound Graphic Units (0070,0282)."""

    LineDashingStyle: Annotated[
        _LineDashingStyleValue,
        Attribute(
            0x00700254,
            "CS",
            "1",
            "1",
            name="Line Dashing Style",
            enumerated=((0, ("SOLID", "DASHED")),),
        ),
    ]
    """Line Dashing Style (0070,0254): Type 1, VR CS, VM 1. The dashing style of the line to be displayed. Enumerated Values: SOLID DASHED Draws one part of the line with the Pattern On Color CIELab Value (0070,0251) and the other part with the Pattern Off Color CIELab Value (0070,0252)."""

    LinePattern: Annotated[
        vr.UL | None,
        Attribute(
            0x00700255,
            "UL",
            "1",
            "1C",
            name="Line Pattern",
            when=("value", 0x00700254, 0, "in", ("DASHED",)),
        ),
    ] = None
    """Line Pattern (0070,0255): Type 1C, VR UL, VM 1. Required if Line Dashing Style (0070,0254) has a value of DASHED. Pattern that defines the line dashing style. The Line Pattern is a 32 bit value. If the bit inside the pattern is set to 1 the foreground color is drawn, else the background color is drawn."""

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
    """Shadow Style (0070,0244): Type 1, VR CS, VM 1. The shadow style of the line to be displayed. Enumerated Values: NORMAL the shadow is drawn on 1 side of the contour of the text object OUTLINED the shadow is drawn around the contour of the text object OFF no shadow See Section C.10.5.1.3...."""

    ShadowOffsetX: Annotated[vr.FL, Attribute(0x00700245, "FL", "1", "1", name="Shadow Offset X")]
    """Shadow Offset X (0070,0245): Type 1, VR FL, VM 1. Floating point value that defines the shadow offset in X direction in Graphic Annotation Units (0070,0005). See Section C.10.5.1.3.13.2."""

    ShadowOffsetY: Annotated[vr.FL, Attribute(0x00700246, "FL", "1", "1", name="Shadow Offset Y")]
    """Shadow Offset Y (0070,0246): Type 1, VR FL, VM 1. Floating point value that defines the shadow offset in Y direction in Graphic Annotation Units (0070,0005). See Section C.10.5.1.3.13.2."""

    ShadowColorCIELabValue: Annotated[
        list[vr.US], Attribute(0x00700247, "US", "3", "1", name="Shadow Color CIELab Value")
    ]
    """Shadow Color CIELab Value (0070,0247): Type 1, VR US, VM 3. A color triplet value used to encode the Shadow Color. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""

    ShadowOpacity: Annotated[vr.FL, Attribute(0x00700258, "FL", "1", "1", name="Shadow Opacity")]
    """Shadow Opacity (0070,0258): Type 1, VR FL, VM 1. Encodes the shadow opacity. The value is encoded as floating point alpha value (0.0-1.0)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "LineDashingStyle": ("dicomodel.enums.line_dashing_style", "LineDashingStyle"),
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
