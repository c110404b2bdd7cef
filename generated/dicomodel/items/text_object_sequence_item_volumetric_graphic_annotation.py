"""Item class TextObjectSequenceItemVolumetricGraphicAnnotation.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.bounding_box_text_horizontal_justification import (
        BoundingBoxTextHorizontalJustificationValue as _BoundingBoxTextHorizontalJustificationValue,
    )
else:
    from dicomodel.lazy import Lazy

    _BoundingBoxTextHorizontalJustificationValue = Lazy(
        "dicomodel.enums.bounding_box_text_horizontal_justification",
        "BoundingBoxTextHorizontalJustificationValue",
    )

if TYPE_CHECKING:
    from dicomodel.enums.bounding_box_text_horizontal_justification import (
        BoundingBoxTextHorizontalJustification as BoundingBoxTextHorizontalJustification,
    )

__all__ = [
    "BoundingBoxTextHorizontalJustification",
    "TextObjectSequenceItemVolumetricGraphicAnnotation",
]


class TextObjectSequenceItemVolumetricGraphicAnnotation(DicomModel):
    """An item of Text Object Sequence (0070,0008), as first defined in Volumetric Graphic Annotation Module Attributes (C.11.28-1)."""

    dicom_name: ClassVar[str] = "Text Object Sequence"
    dicom_table: ClassVar[str] = "table_C.11.28-1"

    UnformattedTextValue: Annotated[
        vr.ST, Attribute(0x00700006, "ST", "1", "1", name="Unformatted Text Value")
    ]
    """Unformatted Text Value (0070,0006): Type 1, VR ST, VM 1. Displayed text associated with the input Instance. See Section C.10.5.1.1."""

    BoundingBoxTopLeftHandCorner: Annotated[
        list[vr.FL] | None,
        Attribute(0x00700010, "FL", "2", "3", name="Bounding Box Top Left Hand Corner"),
    ] = None
    """Bounding Box Top Left Hand Corner (0070,0010): Type 3, VR FL, VM 2. Recommended location of the Top Left Hand Corner (TLHC) of the bounding box in which Unformatted Text Value (0070,0006) is to be placed within a Volumetric Presentation View, specified as fractions of the view width and view height."""

    BoundingBoxBottomRightHandCorner: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x00700011,
            "FL",
            "2",
            "1C",
            name="Bounding Box Bottom Right Hand Corner",
            when=("present", 0x00700010),
        ),
    ] = None
    """Bounding Box Bottom Right Hand Corner (0070,0011): Type 1C, VR FL, VM 2. Required if Bounding Box Top Left Hand Corner (0070,0010) is present. Recommended location of the Bottom Right Hand Corner (BRHC) of the bounding box in which Unformatted Text Value (0070,0006) is to be placed within a Volumetric Presentation View, specified as fractions of the view width and view height."""

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
    """Bounding Box Text Horizontal Justification (0070,0012): Type 1C, VR CS, VM 1. Required if Bounding Box Top Left Hand Corner (0070,0010) is present. Location of the Unformatted Test Value (0070,0006) relative to the vertical edges of the bounding box. Enumerated Values: LEFT Closest to the left edge RIGHT Closest to the right edge CENTER Centered Required if Bounding Box Top Left Hand C..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BoundingBoxTextHorizontalJustification": (
        "dicomodel.enums.bounding_box_text_horizontal_justification",
        "BoundingBoxTextHorizontalJustification",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
