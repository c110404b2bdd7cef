"""Presence rules of Visual Field Static Perimetry Measurements Series Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VisualFieldStaticPerimetryMeasurementsSeriesModule = (
    "table_C.8.26.1-1",
    (
        (
            "Modality",
            Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("OPV",)),)),
            None,
        ),
        (
            "ReferencedPerformedProcedureStepSequence",
            Attribute(
                0x00081111,
                "SQ",
                "1",
                "1C",
                name="Referenced Performed Procedure Step Sequence",
                when=(
                    "unknown",
                    "names no attribute: a Performed Procedure Step SOP Class was involved in the creation of this Series",
                ),
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
    ),
)
