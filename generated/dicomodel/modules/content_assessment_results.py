"""Content Assessment Results Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import assessment_summary as _assessment_summary
from dicomodel.items.asserter_identification_sequence_item import AsserterIdentificationSequenceItem
from dicomodel.items.assessed_sop_instance_sequence_item import AssessedSOPInstanceSequenceItem
from dicomodel.items.assessment_observations_sequence_item import AssessmentObservationsSequenceItem
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.pertinent_resources_sequence_item_content_assessment_results import (
    PertinentResourcesSequenceItemContentAssessmentResults,
)
from dicomodel.model import Attribute, DicomModel


class ContentAssessmentResultsModule(DicomModel):
    """Content Assessment Results Module Attributes (PS3.3 Table C.33.1-1)."""

    dicom_name: ClassVar[str] = "Content Assessment Results"
    dicom_table: ClassVar[str] = "table_C.33.1-1"

    AssessmentLabel: Annotated[
        vr.LO, Attribute(0x00820023, "LO", "1", "1", name="Assessment Label")
    ]
    """Assessment Label (0082,0023): Type 1, VR LO, VM 1. A label that is used to identify this Assessment."""

    AssessmentTypeCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x00820021, "SQ", "1", "1", name="Assessment Type Code Sequence"),
    ]
    """Assessment Type Code Sequence (0082,0021): Type 1, VR SQ, VM 1. Type of Assessment that was performed. Only a single Item shall be included in this Sequence."""

    AssessmentSetID: Annotated[
        vr.LO | None, Attribute(0x00820016, "LO", "1", "3", name="Assessment Set ID")
    ] = None
    """Assessment Set ID (0082,0016): Type 3, VR LO, VM 1. Identifies the set of assessments to which this assessment result belongs."""

    AssessmentRequesterSequence: Annotated[
        list[AsserterIdentificationSequenceItem] | None,
        Attribute(0x00820017, "SQ", "1", "2", name="Assessment Requester Sequence"),
    ]
    """Assessment Requester Sequence (0082,0017): Type 2, VR SQ, VM 1. The person or device that made the assessment request. Only a single Item shall be included in this Sequence."""

    AssessedSOPInstanceSequence: Annotated[
        list[AssessedSOPInstanceSequenceItem],
        Attribute(0x00820004, "SQ", "1", "1", name="Assessed SOP Instance Sequence"),
    ]
    """Assessed SOP Instance Sequence (0082,0004): Type 1, VR SQ, VM 1. The SOP Instances that were assessed. One or more Items shall be included in this Sequence."""

    AssessmentSummary: Annotated[
        _assessment_summary.AssessmentSummary,
        Attribute(
            0x00820001,
            "CS",
            "1",
            "1",
            name="Assessment Summary",
            enumerated=((0, ("PASSED", "INCONCLUSIVE", "FAILED")),),
        ),
    ]
    """Assessment Summary (0082,0001): Type 1, VR CS, VM 1. Summary of the assessment result. The relationship between the values of Observation Type (0082,0008) found and the Assessment Summary value is implementation dependent. Enumerated Values: PASSED The assessment has passed."""

    AssessmentSummaryDescription: Annotated[
        vr.UT | None, Attribute(0x00820003, "UT", "1", "3", name="Assessment Summary Description")
    ] = None
    """Assessment Summary Description (0082,0003): Type 3, VR UT, VM 1. Human-readable summary description of the assessment result."""

    PertinentResourcesSequence: Annotated[
        list[PertinentResourcesSequenceItemContentAssessmentResults] | None,
        Attribute(0x00380101, "SQ", "1", "3", name="Pertinent Resources Sequence"),
    ] = None
    """Pertinent Resources Sequence (0038,0101): Type 3, VR SQ, VM 1. List of Resources that contain information considered pertinent for the assessment. This may include specifications for the assessment process and criteria for determining the Observation Type (0082,0008)."""

    NumberOfAssessmentObservations: Annotated[
        vr.UL, Attribute(0x00820006, "UL", "1", "1", name="Number of Assessment Observations")
    ]
    """Number of Assessment Observations (0082,0006): Type 1, VR UL, VM 1. Number of Observations made during the assessment."""

    AssessmentObservationsSequence: Annotated[
        list[AssessmentObservationsSequenceItem] | None,
        Attribute(
            0x00820007,
            "SQ",
            "1",
            "1C",
            name="Assessment Observations Sequence",
            when=("compare", 0x00820006, 1, "!=", 0),
        ),
    ] = None
    """Assessment Observations Sequence (0082,0007): Type 1C, VR SQ, VM 1. Required if Number of Assessment Observations (0082,0006) is not zero. Observations made during the assessment. Required if Number of Assessment Observations (0082,0006) is not zero. The number of Items included in the Sequence shall equal the value of Number of Assessment Observations (0082,0006)."""
