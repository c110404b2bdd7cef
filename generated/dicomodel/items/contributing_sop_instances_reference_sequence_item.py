"""Item class ContributingSOPInstancesReferenceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_series_sequence_item_general_contributing_sources import (
        ReferencedSeriesSequenceItemGeneralContributingSources as _ReferencedSeriesSequenceItemGeneralContributingSources,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedSeriesSequenceItemGeneralContributingSources = Lazy(
        "dicomodel.items.referenced_series_sequence_item_general_contributing_sources",
        "ReferencedSeriesSequenceItemGeneralContributingSources",
    )

if TYPE_CHECKING:
    from dicomodel.items.referenced_instance_sequence_item import (
        ReferencedInstanceSequenceItem as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.referenced_series_sequence_item_general_contributing_sources import (
        ReferencedSeriesSequenceItemGeneralContributingSources as ReferencedSeriesSequenceItem,
    )

__all__ = [
    "ContributingSOPInstancesReferenceSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
]


class ContributingSOPInstancesReferenceSequenceItem(DicomModel):
    """An item of Contributing SOP Instances Reference Sequence (0020,9529), as first defined in General Contributing Sources Macro Attributes (10-13)."""

    dicom_name: ClassVar[str] = "Contributing SOP Instances Reference Sequence"
    dicom_table: ClassVar[str] = "table_10-13"

    StudyInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000D, "UI", "1", "1", name="Study Instance UID")
    ]
    """Study Instance UID (0020,000D): Type 1, VR UI, VM 1. Unique identifier for the Study of the Contributing SOP Instances."""

    ReferencedSeriesSequence: Annotated[
        list[_ReferencedSeriesSequenceItemGeneralContributingSources],
        Attribute(0x00081115, "SQ", "1", "1", name="Referenced Series Sequence"),
    ]
    """Referenced Series Sequence (0008,1115): Type 1, VR SQ, VM 1. Sequence of Items each of which includes the Attributes of one Series. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item",
        "ReferencedInstanceSequenceItem",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.referenced_series_sequence_item_general_contributing_sources",
        "ReferencedSeriesSequenceItemGeneralContributingSources",
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
