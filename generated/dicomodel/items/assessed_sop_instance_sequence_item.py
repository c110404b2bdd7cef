"""Item class AssessedSOPInstanceSequenceItem.

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
        SOPInstanceReferenceItem as ReferencedComparisonSOPInstanceSequenceItem,
    )

__all__ = [
    "AssessedSOPInstanceSequenceItem",
    "ReferencedComparisonSOPInstanceSequenceItem",
]


class AssessedSOPInstanceSequenceItem(DicomModel):
    """An item of Assessed SOP Instance Sequence (0082,0004), as first defined in Content Assessment Results Module Attributes (C.33.1-1)."""

    dicom_name: ClassVar[str] = "Assessed SOP Instance Sequence"
    dicom_table: ClassVar[str] = "table_C.33.1-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedComparisonSOPInstanceSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00820005,
            "SQ",
            "1",
            "1C",
            name="Referenced Comparison SOP Instance Sequence",
            when=("unknown", "names no attribute: the assessor used comparison SOP Instances"),
        ),
    ] = None
    """Referenced Comparison SOP Instance Sequence (0082,0005): Type 1C, VR SQ, VM 1. Required if the assessor used comparison SOP Instances. SOP Instance(s) used by the assessor to compare to the assessed SOP Instances. Required if the assessor used comparison SOP Instances. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedComparisonSOPInstanceSequenceItem": (
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
