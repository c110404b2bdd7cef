"""Item class StudiesContainingOtherReferencedInstancesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_series_sequence_item import (
        ReferencedSeriesSequenceItem as _ReferencedSeriesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedSeriesSequenceItem = Lazy(
        "dicomodel.items.referenced_series_sequence_item", "ReferencedSeriesSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.referenced_series_sequence_item import (
        ReferencedSeriesSequenceItem as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedInstanceSequenceItem,
    )

__all__ = [
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
    "StudiesContainingOtherReferencedInstancesSequenceItem",
]


class StudiesContainingOtherReferencedInstancesSequenceItem(DicomModel):
    """An item of Studies Containing Other Referenced Instances Sequence (0008,1200), as first defined in Common Instance Reference Module Attributes (C.12-8)."""

    dicom_name: ClassVar[str] = "Studies Containing Other Referenced Instances Sequence"
    dicom_table: ClassVar[str] = "table_C.12-8"

    StudyInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000D, "UI", "1", "1", name="Study Instance UID")
    ]
    """Study Instance UID (0020,000D): Type 1, VR UI, VM 1. Unique identifier of the Study containing the referenced Instances."""

    ReferencedSeriesSequence: Annotated[
        list[_ReferencedSeriesSequenceItem],
        Attribute(0x00081115, "SQ", "1", "1", name="Referenced Series Sequence"),
    ]
    """Referenced Series Sequence (0008,1115): Type 1, VR SQ, VM 1. Sequence of Items each of which includes the Attributes of one Series. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.referenced_series_sequence_item",
        "ReferencedSeriesSequenceItem",
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
