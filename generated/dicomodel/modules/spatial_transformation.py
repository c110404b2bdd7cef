"""Spatial Transformation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.image_horizontal_flip import (
        ImageHorizontalFlipValue as _ImageHorizontalFlipValue,
    )
else:
    from dicomodel.lazy import Lazy

    _ImageHorizontalFlipValue = Lazy(
        "dicomodel.enums.image_horizontal_flip", "ImageHorizontalFlipValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.image_horizontal_flip import ImageHorizontalFlip as ImageHorizontalFlip

__all__ = [
    "ImageHorizontalFlip",
    "SpatialTransformationModule",
]


class SpatialTransformationModule(DicomModel):
    """Spatial Transformation Module Attributes (PS3.3 Table C.10-6)."""

    dicom_name: ClassVar[str] = "Spatial Transformation"
    dicom_table: ClassVar[str] = "table_C.10-6"

    ImageRotation: Annotated[
        vr.US,
        Attribute(
            0x00700042,
            "US",
            "1",
            "1",
            name="Image Rotation",
            enumerated=((0, ("270", "180", "90", "0")),),
        ),
    ]
    """Image Rotation (0070,0042): Type 1, VR US, VM 1. How far to rotate the image clockwise in degrees, before any Image Horizontal Flip (0070,0041) is applied. Enumerated Values: 270 180 90 0 Negative values are not permitted since the Value Representation is unsigned."""

    ImageHorizontalFlip: Annotated[
        _ImageHorizontalFlipValue,
        Attribute(
            0x00700041, "CS", "1", "1", name="Image Horizontal Flip", enumerated=((0, ("Y", "N")),)
        ),
    ]
    """Image Horizontal Flip (0070,0041): Type 1, VR CS, VM 1. Whether or not to flip the image horizontally after any Image Rotation has been applied such that the left side of the image becomes the right side."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ImageHorizontalFlip": ("dicomodel.enums.image_horizontal_flip", "ImageHorizontalFlip"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
