"""Patient Protocol Context Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPerformedProtocolSequenceItem,
    )

__all__ = [
    "PatientProtocolContextModule",
    "ReferencedPerformedProtocolSequenceItem",
]


class PatientProtocolContextModule(DicomModel):
    """Patient Protocol Context Module Attributes (PS3.3 Table C.34.3-1)."""

    dicom_name: ClassVar[str] = "Patient Protocol Context"
    dicom_table: ClassVar[str] = "table_C.34.3-1"

    ReferencedPerformedProtocolSequence: Annotated[
        list[_SOPInstanceReferenceItem],
        Attribute(0x0018990D, "SQ", "1", "1", name="Referenced Performed Protocol Sequence"),
    ]
    """Referenced Performed Protocol Sequence (0018,990D): Type 1, VR SQ, VM 1. References to Performed Protocol Instances describing related prior procedures for this patient. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedPerformedProtocolSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
