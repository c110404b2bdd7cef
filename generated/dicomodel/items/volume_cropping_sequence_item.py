"""Item class VolumeCroppingSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.volume_cropping_method import (
        VolumeCroppingMethodValue as _VolumeCroppingMethodValue,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.oblique_cropping_plane_sequence_item import (
        ObliqueCroppingPlaneSequenceItem as _ObliqueCroppingPlaneSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _ObliqueCroppingPlaneSequenceItem = Lazy(
        "dicomodel.items.oblique_cropping_plane_sequence_item", "ObliqueCroppingPlaneSequenceItem"
    )
    _VolumeCroppingMethodValue = Lazy(
        "dicomodel.enums.volume_cropping_method", "VolumeCroppingMethodValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.volume_cropping_method import VolumeCroppingMethod as VolumeCroppingMethod
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.oblique_cropping_plane_sequence_item import (
        ObliqueCroppingPlaneSequenceItem as ObliqueCroppingPlaneSequenceItem,
    )

__all__ = [
    "ObliqueCroppingPlaneSequenceItem",
    "ReferencedImageSequenceItem",
    "VolumeCroppingMethod",
    "VolumeCroppingSequenceItem",
]


class VolumeCroppingSequenceItem(DicomModel):
    """An item of Volume Cropping Sequence (0070,1301), as first defined in Volume Cropping Module Attributes (C.11.24-1)."""

    dicom_name: ClassVar[str] = "Volume Cropping Sequence"
    dicom_table: ClassVar[str] = "table_C.11.24-1"

    CroppingSpecificationNumber: Annotated[
        vr.US, Attribute(0x00701309, "US", "1", "1", name="Cropping Specification Number")
    ]
    """Cropping Specification Number (0070,1309): Type 1, VR US, VM 1. Identification number of the cropping specification, as an ordinal number starting from 1 and monotonically increasing by 1 within the Volumetric Presentation State Instance."""

    VolumeCroppingMethod: Annotated[
        _VolumeCroppingMethodValue,
        Attribute(
            0x00701302,
            "CS",
            "1",
            "1",
            name="Volume Cropping Method",
            enumerated=((0, ("BOUNDING_BOX", "OBLIQUE_PLANES", "INCLUDE_SEG", "EXCLUDE_SEG")),),
        ),
    ]
    """Volume Cropping Method (0070,1302): Type 1, VR CS, VM 1. Method of volume cropping applied. Enumerated Values: BOUNDING_BOX OBLIQUE_PLANES INCLUDE_SEG EXCLUDE_SEG See Section C.11.24.1 for description of terms."""

    BoundingBoxCrop: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00701303,
            "FD",
            "6",
            "1C",
            name="Bounding Box Crop",
            when=("value", 0x00701302, 0, "in", ("BOUNDING_BOX",)),
        ),
    ] = None
    """Bounding Box Crop (0070,1303): Type 1C, VR FD, VM 6. Required if Volume Cropping Method (0070,1302) has a value of BOUNDING_BOX. A cuboid containing the source volume data to be included. The axes of the cuboid are aligned to the axes of encoded source volume."""

    ObliqueCroppingPlaneSequence: Annotated[
        list[_ObliqueCroppingPlaneSequenceItem] | None,
        Attribute(
            0x00701304,
            "SQ",
            "1",
            "1C",
            name="Oblique Cropping Plane Sequence",
            when=("value", 0x00701302, 0, "in", ("OBLIQUE",)),
        ),
    ] = None
    """Oblique Cropping Plane Sequence (0070,1304): Type 1C, VR SQ, VM 1. Required if Volume Cropping Method (0070,1302) has a value of OBLIQUE. Oblique cropping planes that contain the source volume data to be included. One or more Items shall be included in this Sequence. Required if Volume Cropping Method (0070,1302) has a value of OBLIQUE."""

    ReferencedImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Sequence",
            when=("value", 0x00701302, 0, "in", ("INCLUDE_SEG", "EXCLUDE_SEG")),
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 1C, VR SQ, VM 1. Required if Volume Cropping Method (0070,1302) has a value of INCLUDE_SEG or EXCLUDE_SEG. Instances of the Segmentation Storage SOP Class (1.2.840.10008.5.1.4.1.1.66.4) containing segments specifying the included or excluded source volume data."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ObliqueCroppingPlaneSequenceItem": (
        "dicomodel.items.oblique_cropping_plane_sequence_item",
        "ObliqueCroppingPlaneSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "VolumeCroppingMethod": ("dicomodel.enums.volume_cropping_method", "VolumeCroppingMethod"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
