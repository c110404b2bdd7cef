"""Presence rules of RT Series Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTSeriesModule = (
    "table_C.8-37",
    (
        (
            "Modality",
            Attribute(
                0x00080060,
                "CS",
                "1",
                "1",
                name="Modality",
                enumerated=((0, ("RTIMAGE", "RTDOSE", "RTSTRUCT", "RTPLAN", "RTRECORD")),),
            ),
            None,
        ),
        (
            "SeriesInstanceUID",
            Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID"),
            None,
        ),
        ("SeriesNumber", Attribute(0x00200011, "IS", "1", "2", name="Series Number"), None),
        ("SeriesDate", Attribute(0x00080021, "DA", "1", "3", name="Series Date"), None),
        ("SeriesTime", Attribute(0x00080031, "TM", "1", "3", name="Series Time"), None),
        (
            "SeriesDescription",
            Attribute(0x0008103E, "LO", "1", "3", name="Series Description"),
            None,
        ),
        (
            "SeriesDescriptionCodeSequence",
            Attribute(0x0008103F, "SQ", "1", "3", name="Series Description Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("OperatorsName", Attribute(0x00081070, "PN", "1-n", "2", name="Operators' Name"), None),
        (
            "OperatorIdentificationSequence",
            Attribute(0x00081072, "SQ", "1", "3", name="Operator Identification Sequence"),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
        (
            "ReferencedPerformedProcedureStepSequence",
            Attribute(
                0x00081111, "SQ", "1", "3", name="Referenced Performed Procedure Step Sequence"
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "RequestAttributesSequence",
            Attribute(0x00400275, "SQ", "1", "3", name="Request Attributes Sequence"),
            Lazy("dicomodel.items.request_attributes_item", "RequestAttributesItem"),
        ),
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
        (
            "TreatmentSessionUID",
            Attribute(0x300A0700, "UI", "1", "3", name="Treatment Session UID"),
            None,
        ),
    ),
)
