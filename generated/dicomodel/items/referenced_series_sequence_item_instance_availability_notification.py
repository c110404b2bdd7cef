"""Item class ReferencedSeriesSequenceItemInstanceAvailabilityNotification.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_sop_sequence_item_instance_availability_notification import (
    ReferencedSOPSequenceItemInstanceAvailabilityNotification,
)
from dicomodel.model import Attribute, DicomModel


class ReferencedSeriesSequenceItemInstanceAvailabilityNotification(DicomModel):
    """An item of Referenced Series Sequence (0008,1115), as first defined in Instance Availability Notification Module Attributes (C.4.23-1)."""

    dicom_name: ClassVar[str] = "Referenced Series Sequence"
    dicom_table: ClassVar[str] = "table_C.4.23-1"

    SeriesInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000E, "UI", "1", "3", name="Series Instance UID")
    ] = None
    """Series Instance UID (0020,000E): Type -, VR UI, VM 1. Unique identifier of the Series of which all the Instances referenced in this Item are part."""

    ReferencedSOPSequence: Annotated[
        list[ReferencedSOPSequenceItemInstanceAvailabilityNotification] | None,
        Attribute(0x00081199, "SQ", "1", "3", name="Referenced SOP Sequence"),
    ] = None
    """Referenced SOP Sequence (0008,1199): Type -, VR SQ, VM 1. Sequence of Items where each Item includes a reference to a single Instance within this Series. One or more Items shall be included in this Sequence."""
