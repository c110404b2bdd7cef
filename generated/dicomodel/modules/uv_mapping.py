"""UV Mapping Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.uv_mapping_sequence_item import (
        UVMappingSequenceItem as _UVMappingSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _UVMappingSequenceItem = Lazy(
        "dicomodel.items.uv_mapping_sequence_item", "UVMappingSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedTextureSequenceItem,
    )
    from dicomodel.items.uv_mapping_sequence_item import (
        UVMappingSequenceItem as UVMappingSequenceItem,
    )

__all__ = [
    "ReferencedTextureSequenceItem",
    "UVMappingModule",
    "UVMappingSequenceItem",
]


class UVMappingModule(DicomModel):
    """UV Mapping Module Attributes (PS3.3 Table C.27.6-1)."""

    dicom_name: ClassVar[str] = "UV Mapping"
    dicom_table: ClassVar[str] = "table_C.27.6-1"

    UVMappingSequence: Annotated[
        list[_UVMappingSequenceItem],
        Attribute(0x00800008, "SQ", "1", "1", name="UV Mapping Sequence"),
    ]
    """UV Mapping Sequence (0080,0008): Type 1, VR SQ, VM 1. Maps each point of the Surface Points Sequence (0066,0011) in the Point Cloud Module or the Surface Mesh Module to the coordinates of a VL Photographic Image Instance. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedTextureSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "UVMappingSequenceItem": ("dicomodel.items.uv_mapping_sequence_item", "UVMappingSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
