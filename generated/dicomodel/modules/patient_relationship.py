"""Patient Relationship Module Attributes.

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
        SOPInstanceReferenceItem as ReferencedStudySequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedVisitSequenceItem,
    )

__all__ = [
    "PatientRelationshipModule",
    "ReferencedStudySequenceItem",
    "ReferencedVisitSequenceItem",
]


class PatientRelationshipModule(DicomModel):
    """Patient Relationship Module Attributes (PS3.3 Table C.2-1)."""

    dicom_name: ClassVar[str] = "Patient Relationship"
    dicom_table: ClassVar[str] = "table_C.2-1"

    ReferencedStudySequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081110, "SQ", "1", None, name="Referenced Study Sequence"),
    ] = None
    """Referenced Study Sequence (0008,1110): no Type, VR SQ, VM 1. Uniquely identifies the Studies associated with the Patient. One or more Items shall be included in this Sequence. See Section 10.6.1."""

    ReferencedVisitSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081125, "SQ", "1", None, name="Referenced Visit Sequence"),
    ] = None
    """Referenced Visit Sequence (0008,1125): no Type, VR SQ, VM 1. Uniquely identifies the Visits associated with this Patient. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedStudySequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedVisitSequenceItem": (
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
