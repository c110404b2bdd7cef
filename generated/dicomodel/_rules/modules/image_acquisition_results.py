"""Presence rules of Image Acquisition Results Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ImageAcquisitionResultsModule = (
    "table_C.4-15",
    (
        ("Modality", Attribute(0x00080060, "CS", "1", None, name="Modality"), None),
        ("StudyID", Attribute(0x00200010, "SH", "1", None, name="Study ID"), None),
        (
            "PerformedProtocolCodeSequence",
            Attribute(0x00400260, "SQ", "1", None, name="Performed Protocol Code Sequence"),
            Lazy(
                "dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step",
                "ScheduledProtocolCodeSequenceItemScheduledProcedureStep",
            ),
        ),
        (
            "PerformedSeriesSequence",
            Attribute(0x00400340, "SQ", "1", None, name="Performed Series Sequence"),
            Lazy("dicomodel.items.performed_series_sequence_item", "PerformedSeriesSequenceItem"),
        ),
    ),
)
