"""Item class ReferencedTreatmentRecordSequenceItem.

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
    "ReferencedTreatmentRecordSequenceItem",
]


class ReferencedTreatmentRecordSequenceItem(DicomModel):
    """An item of Referenced Treatment Record Sequence (3008,0030), as first defined in RT Dose Module Attributes (C.8-39)."""

    dicom_name: ClassVar[str] = "Referenced Treatment Record Sequence"
    dicom_table: ClassVar[str] = "table_C.8-39"

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
        Attribute(
            0x300C0004,
            "SQ",
            "1",
            "1C",
            name="Referenced Beam Sequence",
            when=("unknown", "depends on the referenced instance or item"),
        ),
    ] = None
    """Referenced Beam Sequence (300C,0004): Type 1C, VR SQ, VM 1. Required, if the dose does not apply to the complete RT Beams Treatment Record referenced in the Referenced Treatment Record Sequence (3008,0030). Sequence of Beams contributing to dose. One or more Items shall be included in this Sequence. Required, if the dose does not apply to the complete RT Beams Treatment Record referenced in the Referenced Treatment Record Sequence (3008,0030)."""


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
