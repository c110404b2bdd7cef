"""Item class FieldOfViewSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.field_of_view_horizontal_flip import (
        FieldOfViewHorizontalFlipValue as _FieldOfViewHorizontalFlipValue,
    )
    from dicomodel.enums.field_of_view_shape import FieldOfViewShapeValue as _FieldOfViewShapeValue
else:
    from dicomodel.lazy import Lazy

    _FieldOfViewHorizontalFlipValue = Lazy(
        "dicomodel.enums.field_of_view_horizontal_flip", "FieldOfViewHorizontalFlipValue"
    )
    _FieldOfViewShapeValue = Lazy("dicomodel.enums.field_of_view_shape", "FieldOfViewShapeValue")

if TYPE_CHECKING:
    from dicomodel.enums.field_of_view_horizontal_flip import (
        FieldOfViewHorizontalFlip as FieldOfViewHorizontalFlip,
    )
    from dicomodel.enums.field_of_view_shape import FieldOfViewShape as FieldOfViewShape

__all__ = [
    "FieldOfViewHorizontalFlip",
    "FieldOfViewSequenceItem",
    "FieldOfViewShape",
]


class FieldOfViewSequenceItem(DicomModel):
    """An item of Field of View Sequence (0018,9432), as first defined in X-Ray Field of View Macro Attributes (C.8.19.6-2)."""

    dicom_name: ClassVar[str] = "Field of View Sequence"
    dicom_table: ClassVar[str] = "table_C.8.19.6-2"

    FieldOfViewShape: Annotated[
        _FieldOfViewShapeValue | None,
        Attribute(
            0x00181147,
            "CS",
            "1",
            "3",
            name="Field of View Shape",
            enumerated=((0, ("RECTANGLE", "ROUND", "HEXAGONAL")),),
        ),
    ] = None
    """Field of View Shape (0018,1147): Type 3, VR CS, VM 1. Shape of the Field of View, that is the image pixels stored in Pixel Data (7FE0,0010). Enumerated Values: RECTANGLE ROUND HEXAGONAL"""

    FieldOfViewDimensionsInFloat: Annotated[
        list[vr.FL] | None,
        Attribute(0x00189461, "FL", "1-2", "3", name="Field of View Dimension(s) in Float"),
    ] = None
    """Field of View Dimension(s) in Float (0018,9461): Type 3, VR FL, VM 1-2. Dimensions in mm of the Field of View, that is the image pixels stored in Pixel Data (7FE0,0010). If Field of View Shape (0018,1147) is: RECTANGLE: row dimension followed by column. ROUND: diameter."""

    FieldOfViewOrigin: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00187030,
            "DS",
            "2",
            "1C",
            name="Field of View Origin",
            when=(
                "and",
                ("present", 0x00189420),
                ("value", 0x00189420, 0, "in", ("DIGITAL_DETECTOR",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Field of View Origin (0018,7030): Type 1C, VR DS, VM 2. Required if X-Ray Receptor Type (0018,9420) is present and equals DIGITAL_DETECTOR. May be present otherwise. Offset of the TLHC of a rectangle circumscribing the Field of View, i.e., the image pixels stored in Pixel Data (7FE0,0010) before rotation or flipping, from the TLHC of the physical detector area measured in physical detector pixels as a r..."""

    FieldOfViewRotation: Annotated[
        vr.DS,
        Attribute(
            0x00187032,
            "DS",
            "1",
            "1",
            name="Field of View Rotation",
            enumerated=((0, ("270", "180", "90", "0")),),
        ),
    ]
    """Field of View Rotation (0018,7032): Type 1, VR DS, VM 1. Clockwise rotation in degrees of Field of View, i.e., the image pixels stored in Pixel Data (7FE0,0010), relative to the physical detector. Enumerated Values: 270 180 90 0 See Section C.8.11.4.1.1 for further explanation."""

    FieldOfViewHorizontalFlip: Annotated[
        _FieldOfViewHorizontalFlipValue,
        Attribute(
            0x00187034,
            "CS",
            "1",
            "1",
            name="Field of View Horizontal Flip",
            enumerated=((0, ("NO", "YES")),),
        ),
    ]
    """Field of View Horizontal Flip (0018,7034): Type 1, VR CS, VM 1. Whether or not a horizontal flip has been applied to the Field of View, i.e., the image pixels stored in Pixel Data (7FE0,0010), after rotation relative to the physical detector as described in Field of View Rotation (0018,7032)."""

    FieldOfViewDescription: Annotated[
        vr.LO | None, Attribute(0x00189433, "LO", "1", "3", name="Field of View Description")
    ] = None
    """Field of View Description (0018,9433): Type 3, VR LO, VM 1. Manufacturer defined description of the field of view selected during acquisition."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FieldOfViewHorizontalFlip": (
        "dicomodel.enums.field_of_view_horizontal_flip",
        "FieldOfViewHorizontalFlip",
    ),
    "FieldOfViewShape": ("dicomodel.enums.field_of_view_shape", "FieldOfViewShape"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
