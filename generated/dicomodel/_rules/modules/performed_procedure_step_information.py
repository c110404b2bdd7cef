"""Presence rules of Performed Procedure Step Information Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PerformedProcedureStepInformationModule = (
    "table_C.4-14",
    (
        (
            "PerformedStationAETitle",
            Attribute(0x00400241, "AE", "1", None, name="Performed Station AE Title"),
            None,
        ),
        (
            "PerformedStationName",
            Attribute(0x00400242, "SH", "1", None, name="Performed Station Name"),
            None,
        ),
        (
            "PerformedLocation",
            Attribute(0x00400243, "SH", "1", None, name="Performed Location"),
            None,
        ),
        (
            "PerformedProcedureStepStartDate",
            Attribute(0x00400244, "DA", "1", None, name="Performed Procedure Step Start Date"),
            None,
        ),
        (
            "PerformedProcedureStepStartTime",
            Attribute(0x00400245, "TM", "1", None, name="Performed Procedure Step Start Time"),
            None,
        ),
        (
            "PerformedProcedureStepID",
            Attribute(0x00400253, "SH", "1", None, name="Performed Procedure Step ID"),
            None,
        ),
        (
            "PerformedProcedureStepEndDate",
            Attribute(0x00400250, "DA", "1", None, name="Performed Procedure Step End Date"),
            None,
        ),
        (
            "PerformedProcedureStepEndTime",
            Attribute(0x00400251, "TM", "1", None, name="Performed Procedure Step End Time"),
            None,
        ),
        (
            "PerformedProcedureStepStatus",
            Attribute(
                0x00400252,
                "CS",
                "1",
                None,
                name="Performed Procedure Step Status",
                enumerated=((0, ("IN PROGRESS", "DISCONTINUED", "COMPLETED")),),
            ),
            None,
        ),
        (
            "PerformedProcedureStepDescription",
            Attribute(0x00400254, "LO", "1", None, name="Performed Procedure Step Description"),
            None,
        ),
        (
            "CommentsOnThePerformedProcedureStep",
            Attribute(0x00400280, "ST", "1", None, name="Comments on the Performed Procedure Step"),
            None,
        ),
        (
            "PerformedProcedureTypeDescription",
            Attribute(0x00400255, "LO", "1", None, name="Performed Procedure Type Description"),
            None,
        ),
        (
            "ProcedureCodeSequence",
            Attribute(0x00081032, "SQ", "1", None, name="Procedure Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ReasonForPerformedProcedureCodeSequence",
            Attribute(
                0x00401012, "SQ", "1", None, name="Reason For Performed Procedure Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "PerformedProcedureStepDiscontinuationReasonCodeSequence",
            Attribute(
                0x00400281,
                "SQ",
                "1",
                None,
                name="Performed Procedure Step Discontinuation Reason Code Sequence",
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
