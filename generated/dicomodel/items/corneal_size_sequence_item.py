"""Item class CornealSizeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SourceOfCornealSizeDataCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "CornealSizeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ReferencedSOPSequenceItem",
    "SourceOfCornealSizeDataCodeSequenceItem",
]


class CornealSizeSequenceItem(DicomModel):
    """An item of Corneal Size Sequence (0046,0047), as first defined in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    dicom_name: ClassVar[str] = "Corneal Size Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.16-2"

    CornealSize: Annotated[vr.FD, Attribute(0x00460046, "FD", "1", "1", name="Corneal Size")]
    """Corneal Size (0046,0046): Type 1, VR FD, VM 1. The horizontal diameter measurement of the cornea, in mm."""

    SourceOfCornealSizeDataCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00221036, "SQ", "1", "1", name="Source of Corneal Size Data Code Sequence"),
    ]
    """Source of Corneal Size Data Code Sequence (0022,1036): Type 1, VR SQ, VM 1. Source of the value of Corneal Size (0046,0046). Only a single Item shall be included in this Sequence."""

    ReferencedSOPSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00081199,
            "SQ",
            "1",
            "1C",
            name="Referenced SOP Sequence",
            when=("code", 0x00221036, (("111784", "DCM"),)),
        ),
    ] = None
    """Referenced SOP Sequence (0008,1199): Type 1C, VR SQ, VM 1. Required if Source of Corneal Size Data Code Sequence (0022,1036) contains an Item with the value (111784, DCM, \"Autorefraction Measurements SOP Instance\"). SOP Instance that is relevant to the interpretation of this SOP Instance. Only a single Item shall be included in this Sequence. See Section C.8.25.16.1.1 for further explanation."""


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
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "SourceOfCornealSizeDataCodeSequenceItem": (
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
