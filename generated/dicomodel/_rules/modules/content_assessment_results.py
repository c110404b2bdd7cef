"""Presence rules of Content Assessment Results Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ContentAssessmentResultsModule = (
    "table_C.33.1-1",
    (
        ("AssessmentLabel", Attribute(0x00820023, "LO", "1", "1", name="Assessment Label"), None),
        (
            "AssessmentTypeCodeSequence",
            Attribute(0x00820021, "SQ", "1", "1", name="Assessment Type Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("AssessmentSetID", Attribute(0x00820016, "LO", "1", "3", name="Assessment Set ID"), None),
        (
            "AssessmentRequesterSequence",
            Attribute(0x00820017, "SQ", "1", "2", name="Assessment Requester Sequence"),
            Lazy(
                "dicomodel.items.identified_person_or_device_item", "IdentifiedPersonOrDeviceItem"
            ),
        ),
        (
            "AssessedSOPInstanceSequence",
            Attribute(0x00820004, "SQ", "1", "1", name="Assessed SOP Instance Sequence"),
            Lazy(
                "dicomodel.items.assessed_sop_instance_sequence_item",
                "AssessedSOPInstanceSequenceItem",
            ),
        ),
        (
            "AssessmentSummary",
            Attribute(
                0x00820001,
                "CS",
                "1",
                "1",
                name="Assessment Summary",
                enumerated=((0, ("PASSED", "INCONCLUSIVE", "FAILED")),),
            ),
            None,
        ),
        (
            "AssessmentSummaryDescription",
            Attribute(0x00820003, "UT", "1", "3", name="Assessment Summary Description"),
            None,
        ),
        (
            "PertinentResourcesSequence",
            Attribute(0x00380101, "SQ", "1", "3", name="Pertinent Resources Sequence"),
            Lazy(
                "dicomodel.items.pertinent_resources_sequence_item_content_assessment_results",
                "PertinentResourcesSequenceItemContentAssessmentResults",
            ),
        ),
        (
            "NumberOfAssessmentObservations",
            Attribute(0x00820006, "UL", "1", "1", name="Number of Assessment Observations"),
            None,
        ),
        (
            "AssessmentObservationsSequence",
            Attribute(
                0x00820007,
                "SQ",
                "1",
                "1C",
                name="Assessment Observations Sequence",
                when=("compare", 0x00820006, 1, "!=", 0),
            ),
            Lazy(
                "dicomodel.items.assessment_observations_sequence_item",
                "AssessmentObservationsSequenceItem",
            ),
        ),
    ),
)
