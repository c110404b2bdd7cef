"""Content Assessment Results Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.assessment_summary import AssessmentSummaryValue as _AssessmentSummaryValue
    from dicomodel.items.assessed_sop_instance_sequence_item import (
        AssessedSOPInstanceSequenceItem as _AssessedSOPInstanceSequenceItem,
    )
    from dicomodel.items.assessment_observations_sequence_item import (
        AssessmentObservationsSequenceItem as _AssessmentObservationsSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as _IdentifiedPersonOrDeviceItem,
    )
    from dicomodel.items.pertinent_resources_sequence_item_content_assessment_results import (
        PertinentResourcesSequenceItemContentAssessmentResults as _PertinentResourcesSequenceItemContentAssessmentResults,
    )
else:
    from dicomodel.lazy import Lazy

    _AssessedSOPInstanceSequenceItem = Lazy(
        "dicomodel.items.assessed_sop_instance_sequence_item", "AssessedSOPInstanceSequenceItem"
    )
    _AssessmentObservationsSequenceItem = Lazy(
        "dicomodel.items.assessment_observations_sequence_item",
        "AssessmentObservationsSequenceItem",
    )
    _AssessmentSummaryValue = Lazy("dicomodel.enums.assessment_summary", "AssessmentSummaryValue")
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _IdentifiedPersonOrDeviceItem = Lazy(
        "dicomodel.items.identified_person_or_device_item", "IdentifiedPersonOrDeviceItem"
    )
    _PertinentResourcesSequenceItemContentAssessmentResults = Lazy(
        "dicomodel.items.pertinent_resources_sequence_item_content_assessment_results",
        "PertinentResourcesSequenceItemContentAssessmentResults",
    )

if TYPE_CHECKING:
    from dicomodel.enums.assessment_summary import AssessmentSummary as AssessmentSummary
    from dicomodel.enums.constraint_type import ConstraintType as ConstraintType
    from dicomodel.enums.constraint_violation_significance import (
        ConstraintViolationSignificance as ConstraintViolationSignificance,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.observation_significance import (
        ObservationSignificance as ObservationSignificance,
    )
    from dicomodel.enums.observer_type import ObserverType as ObserverType
    from dicomodel.items.assessed_sop_instance_sequence_item import (
        AssessedSOPInstanceSequenceItem as AssessedSOPInstanceSequenceItem,
    )
    from dicomodel.items.assessment_observations_sequence_item import (
        AssessmentObservationsSequenceItem as AssessmentObservationsSequenceItem,
    )
    from dicomodel.items.attribute_value_item import (
        AttributeValueItem as AssessedAttributeValueSequenceItem,
    )
    from dicomodel.items.attribute_value_item import (
        AttributeValueItem as ConstraintValueSequenceItem,
    )
    from dicomodel.items.attribute_value_item import (
        AttributeValueItem as RecommendedDefaultValueSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssessmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ObservationBasisCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OrganizationalRoleCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as SelectorCodeSequenceValueItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as AssessmentRequesterSequenceItem,
    )
    from dicomodel.items.pertinent_resources_sequence_item_content_assessment_results import (
        PertinentResourcesSequenceItemContentAssessmentResults as PertinentResourcesSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedComparisonSOPInstanceSequenceItem,
    )
    from dicomodel.items.structured_constraint_observation_sequence_item import (
        StructuredConstraintObservationSequenceItem as StructuredConstraintObservationSequenceItem,
    )

__all__ = [
    "AssessedAttributeValueSequenceItem",
    "AssessedSOPInstanceSequenceItem",
    "AssessmentObservationsSequenceItem",
    "AssessmentRequesterSequenceItem",
    "AssessmentSummary",
    "AssessmentTypeCodeSequenceItem",
    "ConstraintType",
    "ConstraintValueSequenceItem",
    "ConstraintViolationSignificance",
    "ContentAssessmentResultsModule",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ObservationBasisCodeSequenceItem",
    "ObservationSignificance",
    "ObserverType",
    "OrganizationalRoleCodeSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PertinentResourcesSequenceItem",
    "RecommendedDefaultValueSequenceItem",
    "ReferencedComparisonSOPInstanceSequenceItem",
    "SelectorCodeSequenceValueItem",
    "StructuredConstraintObservationSequenceItem",
]


class ContentAssessmentResultsModule(DicomModel):
    """Content Assessment Results Module Attributes (PS3.3 Table C.33.1-1)."""

    dicom_name: ClassVar[str] = "Content Assessment Results"
    dicom_table: ClassVar[str] = "table_C.33.1-1"

    AssessmentLabel: Annotated[
        vr.LO, Attribute(0x00820023, "LO", "1", "1", name="Assessment Label")
    ]
    """Assessment Label (0082,0023): Type 1, VR LO, VM 1. A label that is used to identify this Assessment."""

    AssessmentTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00820021, "SQ", "1", "1", name="Assessment Type Code Sequence"),
    ]
    """Assessment Type Code Sequence (0082,0021): Type 1, VR SQ, VM 1. Type of Assessment that was performed. Only a single Item shall be included in this Sequence."""

    AssessmentSetID: Annotated[
        vr.LO | None, Attribute(0x00820016, "LO", "1", "3", name="Assessment Set ID")
    ] = None
    """Assessment Set ID (0082,0016): Type 3, VR LO, VM 1. Identifies the set of assessments to which this assessment result belongs."""

    AssessmentRequesterSequence: Annotated[
        list[_IdentifiedPersonOrDeviceItem] | None,
        Attribute(0x00820017, "SQ", "1", "2", name="Assessment Requester Sequence"),
    ]
    """Assessment Requester Sequence (0082,0017): Type 2, VR SQ, VM 1. The person or device that made the assessment request. Only a single Item shall be included in this Sequence."""

    AssessedSOPInstanceSequence: Annotated[
        list[_AssessedSOPInstanceSequenceItem],
        Attribute(0x00820004, "SQ", "1", "1", name="Assessed SOP Instance Sequence"),
    ]
    """Assessed SOP Instance Sequence (0082,0004): Type 1, VR SQ, VM 1. The SOP Instances that were assessed. One or more Items shall be included in this Sequence."""

    AssessmentSummary: Annotated[
        _AssessmentSummaryValue,
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
        list[_PertinentResourcesSequenceItemContentAssessmentResults] | None,
        Attribute(0x00380101, "SQ", "1", "3", name="Pertinent Resources Sequence"),
    ] = None
    """Pertinent Resources Sequence (0038,0101): Type 3, VR SQ, VM 1. List of Resources that contain information considered pertinent for the assessment. This may include specifications for the assessment process and criteria for determining the Observation Type (0082,0008)."""

    NumberOfAssessmentObservations: Annotated[
        vr.UL, Attribute(0x00820006, "UL", "1", "1", name="Number of Assessment Observations")
    ]
    """Number of Assessment Observations (0082,0006): Type 1, VR UL, VM 1. Number of Observations made during the assessment."""

    AssessmentObservationsSequence: Annotated[
        list[_AssessmentObservationsSequenceItem] | None,
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


_EXPORTS: dict[str, tuple[str, str]] = {
    "AssessedAttributeValueSequenceItem": (
        "dicomodel.items.attribute_value_item",
        "AttributeValueItem",
    ),
    "AssessedSOPInstanceSequenceItem": (
        "dicomodel.items.assessed_sop_instance_sequence_item",
        "AssessedSOPInstanceSequenceItem",
    ),
    "AssessmentObservationsSequenceItem": (
        "dicomodel.items.assessment_observations_sequence_item",
        "AssessmentObservationsSequenceItem",
    ),
    "AssessmentRequesterSequenceItem": (
        "dicomodel.items.identified_person_or_device_item",
        "IdentifiedPersonOrDeviceItem",
    ),
    "AssessmentSummary": ("dicomodel.enums.assessment_summary", "AssessmentSummary"),
    "AssessmentTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConstraintType": ("dicomodel.enums.constraint_type", "ConstraintType"),
    "ConstraintValueSequenceItem": ("dicomodel.items.attribute_value_item", "AttributeValueItem"),
    "ConstraintViolationSignificance": (
        "dicomodel.enums.constraint_violation_significance",
        "ConstraintViolationSignificance",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ObservationBasisCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ObservationSignificance": (
        "dicomodel.enums.observation_significance",
        "ObservationSignificance",
    ),
    "ObserverType": ("dicomodel.enums.observer_type", "ObserverType"),
    "OrganizationalRoleCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PertinentResourcesSequenceItem": (
        "dicomodel.items.pertinent_resources_sequence_item_content_assessment_results",
        "PertinentResourcesSequenceItemContentAssessmentResults",
    ),
    "RecommendedDefaultValueSequenceItem": (
        "dicomodel.items.attribute_value_item",
        "AttributeValueItem",
    ),
    "ReferencedComparisonSOPInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "SelectorCodeSequenceValueItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "StructuredConstraintObservationSequenceItem": (
        "dicomodel.items.structured_constraint_observation_sequence_item",
        "StructuredConstraintObservationSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
