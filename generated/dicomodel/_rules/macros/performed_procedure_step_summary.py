"""Presence rules of Performed Procedure Step Summary Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PerformedProcedureStepSummaryMacro = (
    "table_10-16",
    (
        (
            "PerformedProcedureStepID",
            Attribute(0x00400253, "SH", "1", "3", name="Performed Procedure Step ID"),
            None,
        ),
        (
            "PerformedProcedureStepStartDate",
            Attribute(0x00400244, "DA", "1", "3", name="Performed Procedure Step Start Date"),
            None,
        ),
        (
            "PerformedProcedureStepStartTime",
            Attribute(0x00400245, "TM", "1", "3", name="Performed Procedure Step Start Time"),
            None,
        ),
        (
            "PerformedProcedureStepEndDate",
            Attribute(0x00400250, "DA", "1", "3", name="Performed Procedure Step End Date"),
            None,
        ),
        (
            "PerformedProcedureStepEndTime",
            Attribute(0x00400251, "TM", "1", "3", name="Performed Procedure Step End Time"),
            None,
        ),
        (
            "PerformedProcedureStepDescription",
            Attribute(0x00400254, "LO", "1", "3", name="Performed Procedure Step Description"),
            None,
        ),
        (
            "PerformedProtocolCodeSequence",
            Attribute(0x00400260, "SQ", "1", "3", name="Performed Protocol Code Sequence"),
            Lazy(
                "dicomodel.items.scheduled_protocol_code_sequence_item",
                "ScheduledProtocolCodeSequenceItem",
            ),
        ),
        (
            "CommentsOnThePerformedProcedureStep",
            Attribute(0x00400280, "ST", "1", "3", name="Comments on the Performed Procedure Step"),
            None,
        ),
    ),
)
