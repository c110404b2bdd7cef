"""Item class ReferencedSeriesSequenceItemInstanceAvailabilityNotification.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_sop_sequence_item_instance_availability_notification import (
        ReferencedSOPSequenceItemInstanceAvailabilityNotification as _ReferencedSOPSequenceItemInstanceAvailabilityNotification,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedSOPSequenceItemInstanceAvailabilityNotification = Lazy(
        "dicomodel.items.referenced_sop_sequence_item_instance_availability_notification",
        "ReferencedSOPSequenceItemInstanceAvailabilityNotification",
    )

if TYPE_CHECKING:
    from dicomodel.enums.instance_availability import InstanceAvailability as InstanceAvailability
    from dicomodel.items.referenced_sop_sequence_item_instance_availability_notification import (
        ReferencedSOPSequenceItemInstanceAvailabilityNotification as ReferencedSOPSequenceItem,
    )

__all__ = [
    "InstanceAvailability",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItemInstanceAvailabilityNotification",
]


class ReferencedSeriesSequenceItemInstanceAvailabilityNotification(DicomModel):
    """An item of Referenced Series Sequence (0008,1115), as first defined in Instance Availability Notification Module Attributes (C.4.23-1)."""

    dicom_name: ClassVar[str] = "Referenced Series Sequence"
    dicom_table: ClassVar[str] = "table_C.4.23-1"

    SeriesInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000E, "UI", "1", None, name="Series Instance UID")
    ] = None
    """Series Instance UID (0020,000E): no Type, VR UI, VM 1. Unique identifier of the Series of which all the Instances referenced in this Item are part."""

    ReferencedSOPSequence: Annotated[
        list[_ReferencedSOPSequenceItemInstanceAvailabilityNotification] | None,
        Attribute(0x00081199, "SQ", "1", None, name="Referenced SOP Sequence"),
    ] = None
    """Referenced SOP Sequence (0008,1199): no Type, VR SQ, VM 1. Sequence of Items where each Item includes a reference to a single Instance within this Series. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "InstanceAvailability": ("dicomodel.enums.instance_availability", "InstanceAvailability"),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_instance_availability_notification",
        "ReferencedSOPSequenceItemInstanceAvailabilityNotification",
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
