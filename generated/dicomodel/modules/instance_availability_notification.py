"""Instance Availability Notification Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_performed_procedure_step_sequence_item import (
    ReferencedPerformedProcedureStepSequenceItem,
)
from dicomodel.items.referenced_series_sequence_item_instance_availability_notification import (
    ReferencedSeriesSequenceItemInstanceAvailabilityNotification,
)
from dicomodel.model import Attribute, DicomModel


class InstanceAvailabilityNotificationModule(DicomModel):
    """Instance Availability Notification Module Attributes (PS3.3 Table C.4.23-1)."""

    dicom_name: ClassVar[str] = "Instance Availability Notification"
    dicom_table: ClassVar[str] = "table_C.4.23-1"

    ReferencedPerformedProcedureStepSequence: Annotated[
        list[ReferencedPerformedProcedureStepSequenceItem] | None,
        Attribute(0x00081111, "SQ", "1", "3", name="Referenced Performed Procedure Step Sequence"),
    ] = None
    """Referenced Performed Procedure Step Sequence (0008,1111): Type -, VR SQ, VM 1. Uniquely identifies the Performed Procedure Step SOP Instance to which this availability notification Instance is related, if any. Zero or one Item shall be included in this Sequence."""

    StudyInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000D, "UI", "1", "3", name="Study Instance UID")
    ] = None
    """Study Instance UID (0020,000D): Type -, VR UI, VM 1. Unique identifier for the Study of which all the Instances referenced in this notification are part."""

    ReferencedSeriesSequence: Annotated[
        list[ReferencedSeriesSequenceItemInstanceAvailabilityNotification] | None,
        Attribute(0x00081115, "SQ", "1", "3", name="Referenced Series Sequence"),
    ] = None
    """Referenced Series Sequence (0008,1115): Type -, VR SQ, VM 1. Sequence of Items where each Item includes references to Instances within the same Series. One or more Items shall be included in this Sequence."""
