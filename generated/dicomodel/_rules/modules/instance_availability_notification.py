"""Presence rules of Instance Availability Notification Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
InstanceAvailabilityNotificationModule = (
    "table_C.4.23-1",
    (
        (
            "ReferencedPerformedProcedureStepSequence",
            Attribute(
                0x00081111, "SQ", "1", None, name="Referenced Performed Procedure Step Sequence"
            ),
            Lazy(
                "dicomodel.items.referenced_performed_procedure_step_sequence_item",
                "ReferencedPerformedProcedureStepSequenceItem",
            ),
        ),
        (
            "StudyInstanceUID",
            Attribute(0x0020000D, "UI", "1", None, name="Study Instance UID"),
            None,
        ),
        (
            "ReferencedSeriesSequence",
            Attribute(0x00081115, "SQ", "1", None, name="Referenced Series Sequence"),
            Lazy(
                "dicomodel.items.referenced_series_sequence_item_instance_availability_notification",
                "ReferencedSeriesSequenceItemInstanceAvailabilityNotification",
            ),
        ),
    ),
)
