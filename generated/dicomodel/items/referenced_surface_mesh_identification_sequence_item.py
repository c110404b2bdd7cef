"""Item class ReferencedSurfaceMeshIdentificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ReferencedSurfaceMeshIdentificationSequenceItem",
    "SegmentedPropertyTypeCodeSequenceItem",
]


class ReferencedSurfaceMeshIdentificationSequenceItem(DicomModel):
    """An item of Referenced Surface Mesh Identification Sequence (0022,1620), as first defined in Ophthalmic Optical Coherence Tomography En Face Image Module Attributes (C.8.17.14-1)."""

    dicom_name: ClassVar[str] = "Referenced Surface Mesh Identification Sequence"
    dicom_table: ClassVar[str] = "table_C.8.17.14-1"

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Referenced SOP Instance that contains the surface segmentation used in the creation of this SOP Instance."""

    ReferencedSurfaceNumber: Annotated[
        vr.UL, Attribute(0x0066002C, "UL", "1", "1", name="Referenced Surface Number")
    ]
    """Referenced Surface Number (0066,002C): Type 1, VR UL, VM 1. Reference to a Surface Number (0066,0003) present in Surface Sequence (0066,0002)."""

    SegmentedPropertyTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0062000F, "SQ", "1", "1", name="Segmented Property Type Code Sequence"),
    ]
    """Segmented Property Type Code Sequence (0062,000F): Type 1, VR SQ, VM 1. Sequence defining the specific property the surface represents. Only a single Item is permitted in this Sequence \"Property\" is used in the sense of meaning \"what the surface represents\", whether it be a physical or biological object, be rea..."""

    SurfaceMeshZPixelOffset: Annotated[
        vr.UL, Attribute(0x00221658, "UL", "1", "1", name="Surface Mesh Z-Pixel Offset")
    ]
    """Surface Mesh Z-Pixel Offset (0022,1658): Type 1, VR UL, VM 1. Offset in number of pixels along the z axis by which the mesh data has been shifted when generating this SOP Instance. The mesh data is the Attribute Point Coordinates Data (0066,0016) of the surface mesh referenced by Attribute Referenced..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "SegmentedPropertyTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
