"""Unified Procedure Step Relationship Module Attributes.

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
    from dicomodel.enums.type_of_patient_id import TypeOfPatientIDTerm as _TypeOfPatientIDTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as _HL7v2HierarchicDesignatorItem,
    )
    from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
        IssuerOfPatientIDQualifiersSequenceItem as _IssuerOfPatientIDQualifiersSequenceItem,
    )
    from dicomodel.items.other_patient_i_ds_sequence_item import (
        OtherPatientIDsSequenceItem as _OtherPatientIDsSequenceItem,
    )
    from dicomodel.items.referenced_instances_and_access_item import (
        ReferencedInstancesAndAccessItem as _ReferencedInstancesAndAccessItem,
    )
    from dicomodel.items.referenced_request_sequence_item import (
        ReferencedRequestSequenceItem as _ReferencedRequestSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _HL7v2HierarchicDesignatorItem = Lazy(
        "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
    )
    _IssuerOfPatientIDQualifiersSequenceItem = Lazy(
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    )
    _OtherPatientIDsSequenceItem = Lazy(
        "dicomodel.items.other_patient_i_ds_sequence_item", "OtherPatientIDsSequenceItem"
    )
    _PatientAlternativeCalendarValue = Lazy(
        "dicomodel.enums.patient_alternative_calendar", "PatientAlternativeCalendarValue"
    )
    _PatientSexValue = Lazy("dicomodel.enums.patient_sex", "PatientSexValue")
    _ReferencedInstancesAndAccessItem = Lazy(
        "dicomodel.items.referenced_instances_and_access_item", "ReferencedInstancesAndAccessItem"
    )
    _ReferencedRequestSequenceItem = Lazy(
        "dicomodel.items.referenced_request_sequence_item", "ReferencedRequestSequenceItem"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _TypeOfPatientIDTerm = Lazy("dicomodel.enums.type_of_patient_id", "TypeOfPatientIDTerm")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.patient_alternative_calendar import (
        PatientAlternativeCalendar as PatientAlternativeCalendar,
    )
    from dicomodel.enums.patient_sex import PatientSex as PatientSex
    from dicomodel.enums.type_of_instances import TypeOfInstancesTerm as TypeOfInstancesTerm
    from dicomodel.enums.type_of_patient_id import TypeOfPatientIDTerm as TypeOfPatientIDTerm
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AdmittingDiagnosesCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningJurisdictionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForVisitCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.dicom_media_retrieval_sequence_item import (
        DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem,
    )
    from dicomodel.items.dicom_retrieval_sequence_item import (
        DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem,
    )
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
        HL7v2HierarchicDesignatorItem as OrderFillerIdentifierSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as OrderPlacerIdentifierSequenceItem,
    )
    from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
        IssuerOfPatientIDQualifiersSequenceItem as IssuerOfPatientIDQualifiersSequenceItem,
    )
    from dicomodel.items.other_patient_i_ds_sequence_item import (
        OtherPatientIDsSequenceItem as OtherPatientIDsSequenceItem,
    )
    from dicomodel.items.referenced_instances_and_access_item import (
        ReferencedInstancesAndAccessItem as ReferencedPatientPhotoSequenceItem,
    )
    from dicomodel.items.referenced_request_sequence_item import (
        ReferencedRequestSequenceItem as ReferencedRequestSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_referenced_instances_and_access import (
        ReferencedSOPSequenceItemReferencedInstancesAndAccess as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReplacedProcedureStepSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as RequestingServiceCodeSequenceItem,
    )
    from dicomodel.items.wado_retrieval_sequence_item import (
        WADORetrievalSequenceItem as WADORetrievalSequenceItem,
    )
    from dicomodel.items.wadors_retrieval_sequence_item import (
        WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem,
    )
    from dicomodel.items.xds_retrieval_sequence_item import (
        XDSRetrievalSequenceItem as XDSRetrievalSequenceItem,
    )

__all__ = [
    "AdmittingDiagnosesCodeSequenceItem",
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DICOMMediaRetrievalSequenceItem",
    "DICOMRetrievalSequenceItem",
    "EquivalentCodeSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "IssuerOfAdmissionIDSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "MappingResourceTerm",
    "OrderFillerIdentifierSequenceItem",
    "OrderPlacerIdentifierSequenceItem",
    "OtherPatientIDsSequenceItem",
    "PatientAlternativeCalendar",
    "PatientSex",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReasonForVisitCodeSequenceItem",
    "ReferencedPatientPhotoSequenceItem",
    "ReferencedRequestSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReplacedProcedureStepSequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "RequestingServiceCodeSequenceItem",
    "TypeOfInstancesTerm",
    "TypeOfPatientIDTerm",
    "UnifiedProcedureStepRelationshipModule",
    "UniversalEntityIDType",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "XDSRetrievalSequenceItem",
]


class UnifiedProcedureStepRelationshipModule(DicomModel):
    """Unified Procedure Step Relationship Module Attributes (PS3.3 Table C.30.4-1)."""

    dicom_name: ClassVar[str] = "Unified Procedure Step Relationship"
    dicom_table: ClassVar[str] = "table_C.30.4-1"

    PatientName: Annotated[
        vr.PN | None, Attribute(0x00100010, "PN", "1", None, name="Patient's Name")
    ] = None
    """Patient's Name (0010,0010): no Type, VR PN, VM 1. Patient's full legal name."""

    PatientID: Annotated[
        vr.LO | None, Attribute(0x00100020, "LO", "1", None, name="Patient ID")
    ] = None
    """Patient ID (0010,0020): no Type, VR LO, VM 1. Primary identifier for the patient. In the case of imaging a group of small animals simultaneously, the single value of this identifier corresponds to the identification of the entire group. See also Section C.7.1.4.1.1."""

    IssuerOfPatientID: Annotated[
        vr.LO | None, Attribute(0x00100021, "LO", "1", "3", name="Issuer of Patient ID")
    ] = None
    """Issuer of Patient ID (0010,0021): Type 3, VR LO, VM 1. Identifier of the Assigning Authority (system, organization, agency, or department) that issued the Patient ID. Equivalent to HL7 v2 CX component 4 subcomponent 1."""

    IssuerOfPatientIDQualifiersSequence: Annotated[
        list[_IssuerOfPatientIDQualifiersSequenceItem] | None,
        Attribute(0x00100024, "SQ", "1", "3", name="Issuer of Patient ID Qualifiers Sequence"),
    ] = None
    """Issuer of Patient ID Qualifiers Sequence (0010,0024): Type 3, VR SQ, VM 1. Attributes specifying or qualifying the identity of the issuer of the Patient ID, or scoping the Patient ID. Only a single Item is permitted in this Sequence."""

    TypeOfPatientID: Annotated[
        _TypeOfPatientIDTerm | vr.CS | None,
        Attribute(0x00100022, "CS", "1", None, name="Type of Patient ID"),
    ] = None
    """Type of Patient ID (0010,0022): no Type, VR CS, VM 1. The type of identifier in the Patient ID (0010,0020). Defined Terms: TEXT RFID BARCODE The identifier is coded as a string regardless of the type, not as a binary value."""

    OtherPatientIDsSequence: Annotated[
        list[_OtherPatientIDsSequenceItem] | None,
        Attribute(0x00101002, "SQ", "1", None, name="Other Patient IDs Sequence"),
    ] = None
    """Other Patient IDs Sequence (0010,1002): no Type, VR SQ, VM 1. Identification numbers or codes used to identify the patient, which may or may not be human readable, and may or may not have been obtained from an implanted or attached device such as an RFID or barcode."""

    PatientBirthDateInAlternativeCalendar: Annotated[
        vr.LO | None,
        Attribute(0x00100033, "LO", "1", None, name="Patient's Birth Date in Alternative Calendar"),
    ] = None
    """Patient's Birth Date in Alternative Calendar (0010,0033): no Type, VR LO, VM 1. Date of birth of the named patient in the Alternative Calendar (0010,0035). No format is specified for alternative calendar dates so none should be assumed."""

    PatientDeathDateInAlternativeCalendar: Annotated[
        vr.LO | None,
        Attribute(0x00100034, "LO", "1", None, name="Patient's Death Date in Alternative Calendar"),
    ] = None
    """Patient's Death Date in Alternative Calendar (0010,0034): no Type, VR LO, VM 1. Date of death of the named patient in the Alternative Calendar (0010,0035). No format is specified for alternative calendar dates so none should be assumed."""

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

    PatientBirthDate: Annotated[
        vr.DA | None, Attribute(0x00100030, "DA", "1", None, name="Patient's Birth Date")
    ] = None
    """Patient's Birth Date (0010,0030): no Type, VR DA, VM 1. Date of birth of the named patient."""

    PatientSex: Annotated[
        _PatientSexValue | None,
        Attribute(
            0x00100040, "CS", "1", None, name="Patient's Sex", enumerated=((0, ("M", "F", "O")),)
        ),
    ] = None
    """Patient's Sex (0010,0040): no Type, VR CS, VM 1. Sex of the named Patient. Enumerated Values: M male F female O other"""

    ReferencedPatientPhotoSequence: Annotated[
        list[_ReferencedInstancesAndAccessItem] | None,
        Attribute(0x00101100, "SQ", "1", None, name="Referenced Patient Photo Sequence"),
    ] = None
    """Referenced Patient Photo Sequence (0010,1100): no Type, VR SQ, VM 1. A photo to confirm the identity of a patient. Only a single Item is permitted in this Sequence. See C.2.2.1.1."""

    AdmissionID: Annotated[
        vr.LO | None, Attribute(0x00380010, "LO", "1", None, name="Admission ID")
    ] = None
    """Admission ID (0038,0010): no Type, VR LO, VM 1. Identification number of the Visit as assigned by the healthcare provider Visit and Admission are used interchangeably here."""

    IssuerOfAdmissionIDSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00380014, "SQ", "1", None, name="Issuer of Admission ID Sequence"),
    ] = None
    """Issuer of Admission ID Sequence (0038,0014): no Type, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Admission ID. Only a single Item shall be included in this Sequence."""

    AdmittingDiagnosesDescription: Annotated[
        list[vr.LO] | None,
        Attribute(0x00081080, "LO", "1-n", None, name="Admitting Diagnoses Description"),
    ] = None
    """Admitting Diagnoses Description (0008,1080): no Type, VR LO, VM 1-n. Description of admitting diagnosis (diagnoses) for the patient."""

    AdmittingDiagnosesCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081084, "SQ", "1", None, name="Admitting Diagnoses Code Sequence"),
    ] = None
    """Admitting Diagnoses Code Sequence (0008,1084): no Type, VR SQ, VM 1. Coded admitting diagnosis (diagnoses) for the patient. One or more Items shall be included in this Sequence."""

    ReasonForVisit: Annotated[
        vr.UT | None, Attribute(0x00321066, "UT", "1", None, name="Reason for Visit")
    ] = None
    """Reason for Visit (0032,1066): no Type, VR UT, VM 1. Reason(s) for this visit by the patient to the facility or provider."""

    ReasonForVisitCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00321067, "SQ", "1", None, name="Reason for Visit Code Sequence"),
    ] = None
    """Reason for Visit Code Sequence (0032,1067): no Type, VR SQ, VM 1. Coded reason(s) for this visit by the patient to the facility or provider. If an HL7 message is available with a PV2 segment corresponding to this visit, potential codes may be found in Admit Reason PV2-3."""

    ReferencedRequestSequence: Annotated[
        list[_ReferencedRequestSequenceItem] | None,
        Attribute(0x0040A370, "SQ", "1", None, name="Referenced Request Sequence"),
    ] = None
    """Referenced Request Sequence (0040,A370): no Type, VR SQ, VM 1. Requested Procedures to which the Procedure Step contributes. Zero or more Items shall be included in the Sequence."""

    ReplacedProcedureStepSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00741224, "SQ", "1", None, name="Replaced Procedure Step Sequence"),
    ] = None
    """Replaced Procedure Step Sequence (0074,1224): no Type, VR SQ, VM 1. Canceled procedure step(s) that are replaced by this procedure step. Zero or more Items shall be included in the Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AdmittingDiagnosesCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
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
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DICOMMediaRetrievalSequenceItem": (
        "dicomodel.items.dicom_media_retrieval_sequence_item",
        "DICOMMediaRetrievalSequenceItem",
    ),
    "DICOMRetrievalSequenceItem": (
        "dicomodel.items.dicom_retrieval_sequence_item",
        "DICOMRetrievalSequenceItem",
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
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OrderFillerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "OrderPlacerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "OtherPatientIDsSequenceItem": (
        "dicomodel.items.other_patient_i_ds_sequence_item",
        "OtherPatientIDsSequenceItem",
    ),
    "PatientAlternativeCalendar": (
        "dicomodel.enums.patient_alternative_calendar",
        "PatientAlternativeCalendar",
    ),
    "PatientSex": ("dicomodel.enums.patient_sex", "PatientSex"),
    "ReasonForRequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReasonForVisitCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferencedPatientPhotoSequenceItem": (
        "dicomodel.items.referenced_instances_and_access_item",
        "ReferencedInstancesAndAccessItem",
    ),
    "ReferencedRequestSequenceItem": (
        "dicomodel.items.referenced_request_sequence_item",
        "ReferencedRequestSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_referenced_instances_and_access",
        "ReferencedSOPSequenceItemReferencedInstancesAndAccess",
    ),
    "ReplacedProcedureStepSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "RequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RequestingServiceCodeSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "TypeOfInstancesTerm": ("dicomodel.enums.type_of_instances", "TypeOfInstancesTerm"),
    "TypeOfPatientIDTerm": ("dicomodel.enums.type_of_patient_id", "TypeOfPatientIDTerm"),
    "UniversalEntityIDType": ("dicomodel.enums.universal_entity_id_type", "UniversalEntityIDType"),
    "WADORSRetrievalSequenceItem": (
        "dicomodel.items.wadors_retrieval_sequence_item",
        "WADORSRetrievalSequenceItem",
    ),
    "WADORetrievalSequenceItem": (
        "dicomodel.items.wado_retrieval_sequence_item",
        "WADORetrievalSequenceItem",
    ),
    "XDSRetrievalSequenceItem": (
        "dicomodel.items.xds_retrieval_sequence_item",
        "XDSRetrievalSequenceItem",
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
