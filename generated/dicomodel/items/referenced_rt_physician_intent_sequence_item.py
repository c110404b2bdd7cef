"""Item class ReferencedRTPhysicianIntentSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_rt_prescription_sequence_item import (
        ReferencedRTPrescriptionSequenceItem as _ReferencedRTPrescriptionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedRTPrescriptionSequenceItem = Lazy(
        "dicomodel.items.referenced_rt_prescription_sequence_item",
        "ReferencedRTPrescriptionSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.referenced_rt_prescription_sequence_item import (
        ReferencedRTPrescriptionSequenceItem as ReferencedRTPrescriptionSequenceItem,
    )

__all__ = [
    "ReferencedRTPhysicianIntentSequenceItem",
    "ReferencedRTPrescriptionSequenceItem",
]


class ReferencedRTPhysicianIntentSequenceItem(DicomModel):
    """An item of Referenced RT Physician Intent Sequence (300A,063B), as first defined in RT Radiation Set Module Attributes (C.36.10-1)."""

    dicom_name: ClassVar[str] = "Referenced RT Physician Intent Sequence"
    dicom_table: ClassVar[str] = "table_C.36.10-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedRTPrescriptionSequence: Annotated[
        list[_ReferencedRTPrescriptionSequenceItem],
        Attribute(0x300A068A, "SQ", "1", "1", name="Referenced RT Prescription Sequence"),
    ]
    """Referenced RT Prescription Sequence (300A,068A): Type 1, VR SQ, VM 1. Sequence of RT Prescription Prescription Indices. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedRTPrescriptionSequenceItem": (
        "dicomodel.items.referenced_rt_prescription_sequence_item",
        "ReferencedRTPrescriptionSequenceItem",
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
