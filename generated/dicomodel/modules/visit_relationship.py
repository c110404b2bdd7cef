"""Visit Relationship Module Attributes.

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
        SOPInstanceReferenceItem as ReferencedPatientSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStudySequenceItem,
    )

__all__ = [
    "ReferencedPatientSequenceItem",
    "ReferencedStudySequenceItem",
    "VisitRelationshipModule",
]


class VisitRelationshipModule(DicomModel):
    """Visit Relationship Module Attributes (PS3.3 Table C.3-1)."""

    dicom_name: ClassVar[str] = "Visit Relationship"
    dicom_table: ClassVar[str] = "table_C.3-1"

    ReferencedStudySequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081110, "SQ", "1", None, name="Referenced Study Sequence"),
    ] = None
    """Referenced Study Sequence (0008,1110): no Type, VR SQ, VM 1. Uniquely identifies the Studies associated with the Visit. One or more Items shall be included in this Sequence. See Section 10.6.1."""

    ReferencedPatientSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081120, "SQ", "1", None, name="Referenced Patient Sequence"),
    ] = None
    """Referenced Patient Sequence (0008,1120): no Type, VR SQ, VM 1. Uniquely identifies the Patient that relates to the Visit. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedPatientSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedStudySequenceItem": (
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
