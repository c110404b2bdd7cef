"""Instance Availability Notification Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_performed_procedure_step_sequence_item import (
        ReferencedPerformedProcedureStepSequenceItem as _ReferencedPerformedProcedureStepSequenceItem,
    )
    from dicomodel.items.referenced_series_sequence_item_instance_availability_notification import (
        ReferencedSeriesSequenceItemInstanceAvailabilityNotification as _ReferencedSeriesSequenceItemInstanceAvailabilityNotification,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedPerformedProcedureStepSequenceItem = Lazy(
        "dicomodel.items.referenced_performed_procedure_step_sequence_item",
        "ReferencedPerformedProcedureStepSequenceItem",
    )
    _ReferencedSeriesSequenceItemInstanceAvailabilityNotification = Lazy(
        "dicomodel.items.referenced_series_sequence_item_instance_availability_notification",
        "ReferencedSeriesSequenceItemInstanceAvailabilityNotification",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.instance_availability import InstanceAvailability as InstanceAvailability
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PerformedWorkitemCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.referenced_performed_procedure_step_sequence_item import (
        ReferencedPerformedProcedureStepSequenceItem as ReferencedPerformedProcedureStepSequenceItem,
    )
    from dicomodel.items.referenced_series_sequence_item_instance_availability_notification import (
        ReferencedSeriesSequenceItemInstanceAvailabilityNotification as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_instance_availability_notification import (
        ReferencedSOPSequenceItemInstanceAvailabilityNotification as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstanceAvailability",
    "InstanceAvailabilityNotificationModule",
    "MappingResourceTerm",
    "PerformedWorkitemCodeSequenceItem",
    "ReferencedPerformedProcedureStepSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
]


class InstanceAvailabilityNotificationModule(DicomModel):
    """Instance Availability Notification Module Attributes (PS3.3 Table C.4.23-1)."""

    dicom_name: ClassVar[str] = "Instance Availability Notification"
    dicom_table: ClassVar[str] = "table_C.4.23-1"

    ReferencedPerformedProcedureStepSequence: Annotated[
        list[_ReferencedPerformedProcedureStepSequenceItem] | None,
        Attribute(0x00081111, "SQ", "1", None, name="Referenced Performed Procedure Step Sequence"),
    ] = None
    """Referenced Performed Procedure Step Sequence (0008,1111): no Type, VR SQ, VM 1. Uniquely identifies the Performed Procedure Step SOP Instance to which this availability notification Instance is related, if any. Zero or one Item shall be included in this Sequence."""

    StudyInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000D, "UI", "1", None, name="Study Instance UID")
    ] = None
    """Study Instance UID (0020,000D): no Type, VR UI, VM 1. Unique identifier for the Study of which all the Instances referenced in this notification are part."""

    ReferencedSeriesSequence: Annotated[
        list[_ReferencedSeriesSequenceItemInstanceAvailabilityNotification] | None,
        Attribute(0x00081115, "SQ", "1", None, name="Referenced Series Sequence"),
    ] = None
    """Referenced Series Sequence (0008,1115): no Type, VR SQ, VM 1. Sequence of Items where each Item includes references to Instances within the same Series. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstanceAvailability": ("dicomodel.enums.instance_availability", "InstanceAvailability"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PerformedWorkitemCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferencedPerformedProcedureStepSequenceItem": (
        "dicomodel.items.referenced_performed_procedure_step_sequence_item",
        "ReferencedPerformedProcedureStepSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_instance_availability_notification",
        "ReferencedSOPSequenceItemInstanceAvailabilityNotification",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.referenced_series_sequence_item_instance_availability_notification",
        "ReferencedSeriesSequenceItemInstanceAvailabilityNotification",
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
