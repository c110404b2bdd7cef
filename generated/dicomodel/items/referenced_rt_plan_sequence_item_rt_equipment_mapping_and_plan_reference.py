"""Item class ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.beam_sequence_item import BeamSequenceItem as _BeamSequenceItem
else:
    from dicomodel.lazy import Lazy

    _BeamSequenceItem = Lazy("dicomodel.items.beam_sequence_item", "BeamSequenceItem")

if TYPE_CHECKING:
    from dicomodel.items.beam_sequence_item import BeamSequenceItem as ReferencedBeamSequenceItem

__all__ = [
    "ReferencedBeamSequenceItem",
    "ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference",
]


class ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference(DicomModel):
    """An item of Referenced RT Plan Sequence (300C,0002), as first defined in RT Equipment Mapping and Plan Reference Macro Attributes (C.36.2.4.12-1)."""

    dicom_name: ClassVar[str] = "Referenced RT Plan Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.12-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedBeamSequence: Annotated[
        list[_BeamSequenceItem] | None,
        Attribute(0x300C0004, "SQ", "1", "3", name="Referenced Beam Sequence"),
    ] = None
    """Referenced Beam Sequence (300C,0004): Type 3, VR SQ, VM 1. Beams in referenced RT Plan Instance that are relevant for the acquisition of this Instance. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedBeamSequenceItem": ("dicomodel.items.beam_sequence_item", "BeamSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
