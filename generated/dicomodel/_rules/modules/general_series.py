"""Presence rules of General Series Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GeneralSeriesModule = (
    "table_C.7-5a",
    (
        ("Modality", Attribute(0x00080060, "CS", "1", "1", name="Modality"), None),
        (
            "SeriesInstanceUID",
            Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID"),
            None,
        ),
        ("SeriesNumber", Attribute(0x00200011, "IS", "1", "2", name="Series Number"), None),
        (
            "Laterality",
            Attribute(
                0x00200060,
                "CS",
                "1",
                "2C",
                name="Laterality",
                enumerated=((0, ("R", "L")),),
                when=(
                    "and",
                    ("unknown", "depends on whether the body part is paired"),
                    ("not", ("present", 0x00200062)),
                    ("not", ("present", 0x00209072)),
                    ("not", ("present", 0x00240113)),
                ),
            ),
            None,
        ),
        ("SeriesDate", Attribute(0x00080021, "DA", "1", "3", name="Series Date"), None),
        ("SeriesTime", Attribute(0x00080031, "TM", "1", "3", name="Series Time"), None),
        (
            "PerformingPhysicianName",
            Attribute(0x00081050, "PN", "1-n", "3", name="Performing Physician's Name"),
            None,
        ),
        (
            "PerformingPhysicianIdentificationSequence",
            Attribute(
                0x00081052, "SQ", "1", "3", name="Performing Physician Identification Sequence"
            ),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
        ("ProtocolName", Attribute(0x00181030, "LO", "1", "3", name="Protocol Name"), None),
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
        ("OperatorsName", Attribute(0x00081070, "PN", "1-n", "3", name="Operators' Name"), None),
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
            "RelatedSeriesSequence",
            Attribute(0x00081250, "SQ", "1", "3", name="Related Series Sequence"),
            Lazy("dicomodel.items.related_series_sequence_item", "RelatedSeriesSequenceItem"),
        ),
        (
            "BodyPartExamined",
            Attribute(0x00180015, "CS", "1", "3", name="Body Part Examined"),
            None,
        ),
        (
            "PatientPosition",
            Attribute(
                0x00185100,
                "CS",
                "1",
                "2C",
                name="Patient Position",
                when=(
                    "and",
                    ("not", ("present", 0x00540410)),
                    (
                        "sop_class",
                        (
                            "1.2.840.10008.5.1.4.1.1.2",
                            "1.2.840.10008.5.1.4.1.1.4",
                            "1.2.840.10008.5.1.4.1.1.2.1",
                            "1.2.840.10008.5.1.4.1.1.4.1",
                            "1.2.840.10008.5.1.4.1.1.4.3",
                            "1.2.840.10008.5.1.4.1.1.4.2",
                        ),
                    ),
                ),
            ),
            None,
        ),
        (
            "SmallestPixelValueInSeries",
            Attribute(0x00280108, "US or SS", "1", "3", name="Smallest Pixel Value in Series"),
            None,
        ),
        (
            "LargestPixelValueInSeries",
            Attribute(0x00280109, "US or SS", "1", "3", name="Largest Pixel Value in Series"),
            None,
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
            "AnatomicalOrientationType",
            Attribute(
                0x00102210,
                "CS",
                "1",
                "1C",
                name="Anatomical Orientation Type",
                enumerated=((0, ("BIPED", "QUADRUPED")),),
                when=("unknown", "depends on whether the patient is a non-human organism"),
                otherwise="may",
            ),
            None,
        ),
        (
            "TreatmentSessionUID",
            Attribute(0x300A0700, "UI", "1", "3", name="Treatment Session UID"),
            None,
        ),
    ),
)
