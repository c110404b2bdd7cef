"""Performed Procedure Step Relationship Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.patient_alternative_calendar import (
        PatientAlternativeCalendarValue as _PatientAlternativeCalendarValue,
    )
    from dicomodel.enums.patient_sex import PatientSexValue as _PatientSexValue
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as _HL7v2HierarchicDesignatorItem,
    )
    from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
        IssuerOfPatientIDQualifiersSequenceItem as _IssuerOfPatientIDQualifiersSequenceItem,
    )
    from dicomodel.items.scheduled_step_attributes_sequence_item import (
        ScheduledStepAttributesSequenceItem as _ScheduledStepAttributesSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _HL7v2HierarchicDesignatorItem = Lazy(
        "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
    )
    _IssuerOfPatientIDQualifiersSequenceItem = Lazy(
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    )
    _PatientAlternativeCalendarValue = Lazy(
        "dicomodel.enums.patient_alternative_calendar", "PatientAlternativeCalendarValue"
    )
    _PatientSexValue = Lazy("dicomodel.enums.patient_sex", "PatientSexValue")
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _ScheduledStepAttributesSequenceItem = Lazy(
        "dicomodel.items.scheduled_step_attributes_sequence_item",
        "ScheduledStepAttributesSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.patient_alternative_calendar import (
        PatientAlternativeCalendar as PatientAlternativeCalendar,
    )
    from dicomodel.enums.patient_sex import PatientSex as PatientSex
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningJurisdictionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as AssigningFacilitySequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfAccessionNumberSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfAdmissionIDSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfServiceEpisodeIDSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as OrderFillerIdentifierSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as OrderPlacerIdentifierSequenceItem,
    )
    from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
        IssuerOfPatientIDQualifiersSequenceItem as IssuerOfPatientIDQualifiersSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step import (
        ProtocolContextSequenceItemScheduledProcedureStep as ProtocolContextSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step import (
        ScheduledProtocolCodeSequenceItemScheduledProcedureStep as ScheduledProtocolCodeSequenceItem,
    )
    from dicomodel.items.scheduled_step_attributes_sequence_item import (
        ScheduledStepAttributesSequenceItem as ScheduledStepAttributesSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPatientSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStudySequenceItem,
    )

__all__ = [
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "IssuerOfAdmissionIDSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "IssuerOfServiceEpisodeIDSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OrderFillerIdentifierSequenceItem",
    "OrderPlacerIdentifierSequenceItem",
    "PatientAlternativeCalendar",
    "PatientSex",
    "PerformedProcedureStepRelationshipModule",
    "ProtocolContextSequenceItem",
    "ReferencedPatientSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedStudySequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "ScheduledProtocolCodeSequenceItem",
    "ScheduledStepAttributesSequenceItem",
    "UniversalEntityIDType",
    "ValueType",
]


class PerformedProcedureStepRelationshipModule(DicomModel):
    """Performed Procedure Step Relationship Module Attributes (PS3.3 Table C.4-13)."""

    dicom_name: ClassVar[str] = "Performed Procedure Step Relationship"
    dicom_table: ClassVar[str] = "table_C.4-13"

    PatientName: Annotated[
        vr.PN | None, Attribute(0x00100010, "PN", "1", None, name="Patient's Name")
    ] = None
    """Patient's Name (0010,0010): no Type, VR PN, VM 1. Patient's full legal name."""

    PatientID: Annotated[
        vr.LO | None, Attribute(0x00100020, "LO", "1", None, name="Patient ID")
    ] = None
    """Patient ID (0010,0020): no Type, VR LO, VM 1. Primary identifier for the Patient. In the case of imaging a group of small animals simultaneously, the single value of this identifier corresponds to the identification of the entire group. See also Section C.7.1.4.1.1."""

    IssuerOfPatientID: Annotated[
        vr.LO | None, Attribute(0x00100021, "LO", "1", "3", name="Issuer of Patient ID")
    ] = None
    """Issuer of Patient ID (0010,0021): Type 3, VR LO, VM 1. Identifier of the Assigning Authority (system, organization, agency, or department) that issued the Patient ID. Equivalent to HL7 v2 CX component 4 subcomponent 1."""

    IssuerOfPatientIDQualifiersSequence: Annotated[
        list[_IssuerOfPatientIDQualifiersSequenceItem] | None,
        Attribute(0x00100024, "SQ", "1", "3", name="Issuer of Patient ID Qualifiers Sequence"),
    ] = None
    """Issuer of Patient ID Qualifiers Sequence (0010,0024): Type 3, VR SQ, VM 1. Attributes specifying or qualifying the identity of the issuer of the Patient ID, or scoping the Patient ID. Only a single Item is permitted in this Sequence."""

    PatientBirthDate: Annotated[
        vr.DA | None, Attribute(0x00100030, "DA", "1", None, name="Patient's Birth Date")
    ] = None
    """Patient's Birth Date (0010,0030): no Type, VR DA, VM 1. Date of birth of the named Patient."""

    PatientBirthDateInAlternativeCalendar: Annotated[
        vr.LO | None,
        Attribute(0x00100033, "LO", "1", None, name="Patient's Birth Date in Alternative Calendar"),
    ] = None
    """Patient's Birth Date in Alternative Calendar (0010,0033): no Type, VR LO, VM 1. Date of birth of the named Patient in the Alternative Calendar (0010,0035). No format is specified for alternative calendar dates so none should be assumed."""

    PatientDeathDateInAlternativeCalendar: Annotated[
        vr.LO | None,
        Attribute(0x00100034, "LO", "1", None, name="Patient's Death Date in Alternative Calendar"),
    ] = None
    """Patient's Death Date in Alternative Calendar (0010,0034): no Type, VR LO, VM 1. Date of death of the named Patient in the Alternative Calendar (0010,0035). No format is specified for alternative calendar dates so none should be assumed."""

    PatientAlternativeCalendar: Annotated[
        _PatientAlternativeCalendarValue | None,
        Attribute(
            0x00100035,
            "CS",
            "1",
            None,
            name="Patient's Alternative Calendar",
            enumerated=(
                (
                    0,
                    (
                        "PROLEPTIC GREGN",
                        "JULIAN",
                        "PROLEPTIC JULIAN",
                        "EGYPTIAN REGNAL",
                        "HEBREW",
                        "HIJRI",
                    ),
                ),
            ),
            when=("or", ("present", 0x00100033), ("present", 0x00100034)),
        ),
    ] = None
    """Patient's Alternative Calendar (0010,0035): no Type, VR CS, VM 1. Required if either Patient's Birth Date in Alternative Calendar (0010,0033) or Patient's Alternative Death Date in Calendar (0010,0034) is present. The Alternative Calendar used for Patient's Birth Date in Alternative Calendar (0010,0033) and Patient's Death Date in Alternative Calendar (0010,0034). See Section C.7.1.5 for Defined Terms."""

    PatientSex: Annotated[
        _PatientSexValue | None,
        Attribute(
            0x00100040, "CS", "1", None, name="Patient's Sex", enumerated=((0, ("M", "F", "O")),)
        ),
    ] = None
    """Patient's Sex (0010,0040): no Type, VR CS, VM 1. Sex of the named Patient Enumerated Values: M male F female O other"""

    ReferencedPatientSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081120, "SQ", "1", None, name="Referenced Patient Sequence"),
    ] = None
    """Referenced Patient Sequence (0008,1120): no Type, VR SQ, VM 1. Uniquely identifies the Patient. Only a single Item shall be included in this Sequence."""

    AdmissionID: Annotated[
        vr.LO | None, Attribute(0x00380010, "LO", "1", None, name="Admission ID")
    ] = None
    """Admission ID (0038,0010): no Type, VR LO, VM 1. Identification number of the Visit as assigned by the healthcare provider."""

    IssuerOfAdmissionIDSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00380014, "SQ", "1", None, name="Issuer of Admission ID Sequence"),
    ] = None
    """Issuer of Admission ID Sequence (0038,0014): no Type, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Admission ID. Only a single Item shall be included in this Sequence."""

    ServiceEpisodeID: Annotated[
        vr.LO | None, Attribute(0x00380060, "LO", "1", None, name="Service Episode ID")
    ] = None
    """Service Episode ID (0038,0060): no Type, VR LO, VM 1. Identifier of the Service Episode as assigned by the healthcare provider."""

    IssuerOfServiceEpisodeIDSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00380064, "SQ", "1", None, name="Issuer of Service Episode ID Sequence"),
    ] = None
    """Issuer of Service Episode ID Sequence (0038,0064): no Type, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Service Episode ID. Only a single Item shall be included in this Sequence."""

    ServiceEpisodeDescription: Annotated[
        vr.LO | None, Attribute(0x00380062, "LO", "1", None, name="Service Episode Description")
    ] = None
    """Service Episode Description (0038,0062): no Type, VR LO, VM 1. Description of the type of service episode."""

    ScheduledStepAttributesSequence: Annotated[
        list[_ScheduledStepAttributesSequenceItem] | None,
        Attribute(0x00400270, "SQ", "1", None, name="Scheduled Step Attributes Sequence"),
    ] = None
    """Scheduled Step Attributes Sequence (0040,0270): no Type, VR SQ, VM 1. Sequence containing Attributes that are related to the scheduling of the Procedure Step. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AssigningAgencyOrDepartmentCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AssigningFacilitySequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "AssigningJurisdictionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IssuerOfAccessionNumberSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "IssuerOfAdmissionIDSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "IssuerOfPatientIDQualifiersSequenceItem": (
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    ),
    "IssuerOfServiceEpisodeIDSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "OrderFillerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "OrderPlacerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "PatientAlternativeCalendar": (
        "dicomodel.enums.patient_alternative_calendar",
        "PatientAlternativeCalendar",
    ),
    "PatientSex": ("dicomodel.enums.patient_sex", "PatientSex"),
    "ProtocolContextSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
        "ProtocolContextSequenceItemScheduledProcedureStep",
    ),
    "ReferencedPatientSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ReferencedStudySequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "RequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ScheduledProtocolCodeSequenceItem": (
        "dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step",
        "ScheduledProtocolCodeSequenceItemScheduledProcedureStep",
    ),
    "ScheduledStepAttributesSequenceItem": (
        "dicomodel.items.scheduled_step_attributes_sequence_item",
        "ScheduledStepAttributesSequenceItem",
    ),
    "UniversalEntityIDType": ("dicomodel.enums.universal_entity_id_type", "UniversalEntityIDType"),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
