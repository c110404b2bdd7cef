"""Common Instance Reference Module Attributes.

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
    from dicomodel.items.studies_containing_other_referenced_instances_sequence_item import (
        StudiesContainingOtherReferencedInstancesSequenceItem as _StudiesContainingOtherReferencedInstancesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedSeriesSequenceItem = Lazy(
        "dicomodel.items.referenced_series_sequence_item", "ReferencedSeriesSequenceItem"
    )
    _StudiesContainingOtherReferencedInstancesSequenceItem = Lazy(
        "dicomodel.items.studies_containing_other_referenced_instances_sequence_item",
        "StudiesContainingOtherReferencedInstancesSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.referenced_series_sequence_item import (
        ReferencedSeriesSequenceItem as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.studies_containing_other_referenced_instances_sequence_item import (
        StudiesContainingOtherReferencedInstancesSequenceItem as StudiesContainingOtherReferencedInstancesSequenceItem,
    )

__all__ = [
    "CommonInstanceReferenceModule",
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
    "StudiesContainingOtherReferencedInstancesSequenceItem",
]


class CommonInstanceReferenceModule(DicomModel):
    """Common Instance Reference Module Attributes (PS3.3 Table C.12-8)."""

    dicom_name: ClassVar[str] = "Common Instance Reference"
    dicom_table: ClassVar[str] = "table_C.12-8"

    ReferencedSeriesSequence: Annotated[
        list[_ReferencedSeriesSequenceItem] | None,
        Attribute(
            0x00081115,
            "SQ",
            "1",
            "1C",
            name="Referenced Series Sequence",
            when=(
                "unknown",
                "names no attribute: this Instance references Instances in this Study",
            ),
        ),
    ] = None
    """Referenced Series Sequence (0008,1115): Type 1C, VR SQ, VM 1. Required if this Instance references Instances in this Study. Sequence of Items each of which includes the Attributes of one Series. One or more Items shall be included in this Sequence. Required if this Instance references Instances in this Study."""

    StudiesContainingOtherReferencedInstancesSequence: Annotated[
        list[_StudiesContainingOtherReferencedInstancesSequenceItem] | None,
        Attribute(
            0x00081200,
            "SQ",
            "1",
            "1C",
            name="Studies Containing Other Referenced Instances Sequence",
            when=(
                "unknown",
                "names no attribute: this Instance references Instances in other Studies",
            ),
        ),
    ] = None
    """Studies Containing Other Referenced Instances Sequence (0008,1200): Type 1C, VR SQ, VM 1. Required if this Instance references Instances in other Studies. Sequence of Items each identifying a Study other than the Study of which this Instance is a part, which Studies contain Instances that are referenced elsewhere in this Instance. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.referenced_series_sequence_item",
        "ReferencedSeriesSequenceItem",
    ),
    "StudiesContainingOtherReferencedInstancesSequenceItem": (
        "dicomodel.items.studies_containing_other_referenced_instances_sequence_item",
        "StudiesContainingOtherReferencedInstancesSequenceItem",
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
