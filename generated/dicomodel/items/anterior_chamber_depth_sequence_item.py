"""Item class AnteriorChamberDepthSequenceItem.

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
        CodeSequenceItem as SourceOfAnteriorChamberDepthDataCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "AnteriorChamberDepthSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ReferencedSOPSequenceItem",
    "SourceOfAnteriorChamberDepthDataCodeSequenceItem",
]


class AnteriorChamberDepthSequenceItem(DicomModel):
    """An item of Anterior Chamber Depth Sequence (0022,1128), as first defined in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    dicom_name: ClassVar[str] = "Anterior Chamber Depth Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.16-2"

    AnteriorChamberDepth: Annotated[
        vr.FL, Attribute(0x00221131, "FL", "1", "1", name="Anterior Chamber Depth")
    ]
    """Anterior Chamber Depth (0022,1131): Type 1, VR FL, VM 1. The value for axial length of the anterior chamber, in mm."""

    SourceOfAnteriorChamberDepthDataCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(
            0x00221133, "SQ", "1", "1", name="Source of Anterior Chamber Depth Data Code Sequence"
        ),
    ]
    """Source of Anterior Chamber Depth Data Code Sequence (0022,1133): Type 1, VR SQ, VM 1. Source of the value of Anterior Chamber Depth (0022,1131). Only a single Item shall be included in this Sequence."""

    ReferencedSOPSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00081199,
            "SQ",
            "1",
            "1C",
            name="Referenced SOP Sequence",
            when=("code", 0x00221133, (("111782", "DCM"),)),
        ),
    ] = None
    """Referenced SOP Sequence (0008,1199): Type 1C, VR SQ, VM 1. Required if Source of Anterior Chamber Depth Data Code Sequence (0022,1133) contains an Item with the value (111782, DCM, \"Axial Measurements SOP Instance\"). SOP Instance that is relevant to the interpretation of this SOP Instance. Only a single Item shall be included in this Sequence. See Section C.8.25.16.1.1 for further explanation."""


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
    "SourceOfAnteriorChamberDepthDataCodeSequenceItem": (
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
