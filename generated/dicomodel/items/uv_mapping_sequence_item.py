"""Item class UVMappingSequenceItem.

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
        ImageSOPInstanceReferenceItem as ReferencedTextureSequenceItem,
    )

__all__ = [
    "ReferencedTextureSequenceItem",
    "UVMappingSequenceItem",
]


class UVMappingSequenceItem(DicomModel):
    """An item of UV Mapping Sequence (0080,0008), as first defined in UV Mapping Module Attributes (C.27.6-1)."""

    dicom_name: ClassVar[str] = "UV Mapping Sequence"
    dicom_table: ClassVar[str] = "table_C.27.6-1"

    ReferencedSurfaceNumber: Annotated[
        vr.UL | None,
        Attribute(
            0x0066002C,
            "UL",
            "1",
            "1C",
            name="Referenced Surface Number",
            when=("and", ("present", 0x00660002), ("items", 0x00660002, ">", 1)),
        ),
    ] = None
    """Referenced Surface Number (0066,002C): Type 1C, VR UL, VM 1. Required when Surface Sequence (0066,0002) is present and contains more than one Item. Identifies the Surface Number (0066,0003) of the Item in Surface Sequence (0066,0002) to which this UV Mapping applies. Required when Surface Sequence (0066,0002) is present and contains more than one Item."""

    TextureLabel: Annotated[vr.SH, Attribute(0x00800009, "SH", "1", "1", name="Texture Label")]
    """Texture Label (0080,0009): Type 1, VR SH, VM 1. Contains a label that uniquely identifies this UV map to distinguish it from other Items in the Sequence."""

    UValueData: Annotated[vr.OF, Attribute(0x00800010, "OF", "1", "1", name="U Value Data")]
    """U Value Data (0080,0010): Type 1, VR OF, VM 1. Contains a vector of column offsets. Each value is normalized to the range of 0.0 to 1.0 pointing in the pixel data of the referenced textures Sequence image."""

    VValueData: Annotated[vr.OF, Attribute(0x00800011, "OF", "1", "1", name="V Value Data")]
    """V Value Data (0080,0011): Type 1, VR OF, VM 1. Contains a vector of row offsets. Each value is normalized to the range of 0.0 to 1.0 pointing in the pixel data of the referenced textures Sequence image."""

    ReferencedTextureSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem],
        Attribute(0x00800012, "SQ", "1", "1", name="Referenced Texture Sequence"),
    ]
    """Referenced Texture Sequence (0080,0012): Type 1, VR SQ, VM 1. The image that is being mapped to the point cloud or the surface mesh. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedTextureSequenceItem": (
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
