"""Item class StereoPairsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as LeftImageSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as RightImageSequenceItem,
    )

__all__ = [
    "LeftImageSequenceItem",
    "RightImageSequenceItem",
    "StereoPairsSequenceItem",
]


class StereoPairsSequenceItem(DicomModel):
    """An item of Stereo Pairs Sequence (0022,0020), as first defined in Stereometric Relationship Module Attributes (C.8.18.2-1)."""

    dicom_name: ClassVar[str] = "Stereo Pairs Sequence"
    dicom_table: ClassVar[str] = "table_C.8.18.2-1"

    StereoBaselineAngle: Annotated[
        vr.FL | None, Attribute(0x00220010, "FL", "1", "3", name="Stereo Baseline Angle")
    ] = None
    """Stereo Baseline Angle (0022,0010): Type 3, VR FL, VM 1. Stereo separation angle in degrees."""

    StereoBaselineDisplacement: Annotated[
        vr.FL | None, Attribute(0x00220011, "FL", "1", "3", name="Stereo Baseline Displacement")
    ] = None
    """Stereo Baseline Displacement (0022,0011): Type 3, VR FL, VM 1. Horizontal displacement of instrument between left and right image in mm."""

    StereoHorizontalPixelOffset: Annotated[
        vr.FL | None, Attribute(0x00220012, "FL", "1", "3", name="Stereo Horizontal Pixel Offset")
    ] = None
    """Stereo Horizontal Pixel Offset (0022,0012): Type 3, VR FL, VM 1. Horizontal displacement of right image relative to left image in pixels for optimal display. Offset of right image to right means positive value."""

    StereoVerticalPixelOffset: Annotated[
        vr.FL | None, Attribute(0x00220013, "FL", "1", "3", name="Stereo Vertical Pixel Offset")
    ] = None
    """Stereo Vertical Pixel Offset (0022,0013): Type 3, VR FL, VM 1. Vertical displacement of right image relative to left image in pixels for optimal display. Offset of right image downwards means positive value."""

    StereoRotation: Annotated[
        vr.FL | None, Attribute(0x00220014, "FL", "1", "3", name="Stereo Rotation")
    ] = None
    """Stereo Rotation (0022,0014): Type 3, VR FL, VM 1. Rotation of right image relative to left image in degrees for optimal display. The rotation of the right image against the left image counterclockwise is positive, rotation around the center is assumed."""

    LeftImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem],
        Attribute(0x00220021, "SQ", "1", "1", name="Left Image Sequence"),
    ]
    """Left Image Sequence (0022,0021): Type 1, VR SQ, VM 1. Left Image of the Pair. Only a single Item shall be included in this Sequence."""

    RightImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem],
        Attribute(0x00220022, "SQ", "1", "1", name="Right Image Sequence"),
    ]
    """Right Image Sequence (0022,0022): Type 1, VR SQ, VM 1. Right Image of the Pair. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "LeftImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "RightImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
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
