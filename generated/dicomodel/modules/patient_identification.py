"""Patient Identification Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.type_of_patient_id import TypeOfPatientIDTerm as _TypeOfPatientIDTerm
    from dicomodel.items.group_of_patients_identification_sequence_item import (
        GroupOfPatientsIdentificationSequenceItem as _GroupOfPatientsIdentificationSequenceItem,
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
    from dicomodel.items.source_patient_group_identification_sequence_item import (
        SourcePatientGroupIdentificationSequenceItem as _SourcePatientGroupIdentificationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _GroupOfPatientsIdentificationSequenceItem = Lazy(
        "dicomodel.items.group_of_patients_identification_sequence_item",
        "GroupOfPatientsIdentificationSequenceItem",
    )
    _IssuerOfPatientIDQualifiersSequenceItem = Lazy(
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    )
    _OtherPatientIDsSequenceItem = Lazy(
        "dicomodel.items.other_patient_i_ds_sequence_item", "OtherPatientIDsSequenceItem"
    )
    _ReferencedInstancesAndAccessItem = Lazy(
        "dicomodel.items.referenced_instances_and_access_item", "ReferencedInstancesAndAccessItem"
    )
    _SourcePatientGroupIdentificationSequenceItem = Lazy(
        "dicomodel.items.source_patient_group_identification_sequence_item",
        "SourcePatientGroupIdentificationSequenceItem",
    )
    _TypeOfPatientIDTerm = Lazy("dicomodel.enums.type_of_patient_id", "TypeOfPatientIDTerm")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.patient_position import PatientPositionTerm as PatientPositionTerm
    from dicomodel.enums.type_of_instances import TypeOfInstancesTerm as TypeOfInstancesTerm
    from dicomodel.enums.type_of_patient_id import TypeOfPatientIDTerm as TypeOfPatientIDTerm
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningJurisdictionCodeSequenceItem,
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
    from dicomodel.items.group_of_patients_identification_sequence_item import (
        GroupOfPatientsIdentificationSequenceItem as GroupOfPatientsIdentificationSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as AssigningFacilitySequenceItem,
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
    from dicomodel.items.referenced_sop_sequence_item_referenced_instances_and_access import (
        ReferencedSOPSequenceItemReferencedInstancesAndAccess as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.source_patient_group_identification_sequence_item import (
        SourcePatientGroupIdentificationSequenceItem as SourcePatientGroupIdentificationSequenceItem,
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
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DICOMMediaRetrievalSequenceItem",
    "DICOMRetrievalSequenceItem",
    "EquivalentCodeSequenceItem",
    "GroupOfPatientsIdentificationSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "MappingResourceTerm",
    "OtherPatientIDsSequenceItem",
    "PatientIdentificationModule",
    "PatientPositionTerm",
    "ReferencedPatientPhotoSequenceItem",
    "ReferencedSOPSequenceItem",
    "SourcePatientGroupIdentificationSequenceItem",
    "TypeOfInstancesTerm",
    "TypeOfPatientIDTerm",
    "UniversalEntityIDType",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "XDSRetrievalSequenceItem",
]


class PatientIdentificationModule(DicomModel):
    """Patient Identification Module Attributes (PS3.3 Table C.2-2)."""

    dicom_name: ClassVar[str] = "Patient Identification"
    dicom_table: ClassVar[str] = "table_C.2-2"

    PatientName: Annotated[
        vr.PN | None, Attribute(0x00100010, "PN", "1", None, name="Patient's Name")
    ] = None
    """Patient's Name (0010,0010): no Type, VR PN, VM 1. Patient's full name."""

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

    TypeOfPatientID: Annotated[
        _TypeOfPatientIDTerm | vr.CS | None,
        Attribute(0x00100022, "CS", "1", None, name="Type of Patient ID"),
    ] = None
    """Type of Patient ID (0010,0022): no Type, VR CS, VM 1. The type of identifier in the Patient ID (0010,0020). Defined Terms: TEXT RFID BARCODE The identifier is coded as a string regardless of the type, not as a binary value."""

    OtherPatientIDsSequence: Annotated[
        list[_OtherPatientIDsSequenceItem] | None,
        Attribute(0x00101002, "SQ", "1", None, name="Other Patient IDs Sequence"),
    ] = None
    """Other Patient IDs Sequence (0010,1002): no Type, VR SQ, VM 1. A Sequence of identification numbers or codes used to identify the Patient, which may or may not be human readable, and may or may not have been obtained from an implanted or attached device such as an RFID or barcode."""

    OtherPatientNames: Annotated[
        list[vr.PN] | None, Attribute(0x00101001, "PN", "1-n", None, name="Other Patient Names")
    ] = None
    """Other Patient Names (0010,1001): no Type, VR PN, VM 1-n. Other names used to identify the Patient."""

    PatientBirthName: Annotated[
        vr.PN | None, Attribute(0x00101005, "PN", "1", None, name="Patient's Birth Name")
    ] = None
    """Patient's Birth Name (0010,1005): no Type, VR PN, VM 1. Patient's birth name."""

    PatientMotherBirthName: Annotated[
        vr.PN | None, Attribute(0x00101060, "PN", "1", None, name="Patient's Mother's Birth Name")
    ] = None
    """Patient's Mother's Birth Name (0010,1060): no Type, VR PN, VM 1. Birth name of Patient's mother."""

    ReferencedPatientPhotoSequence: Annotated[
        list[_ReferencedInstancesAndAccessItem] | None,
        Attribute(0x00101100, "SQ", "1", None, name="Referenced Patient Photo Sequence"),
    ] = None
    """Referenced Patient Photo Sequence (0010,1100): no Type, VR SQ, VM 1. A photo to confirm the identity of a Patient. Only a single Item is permitted in this Sequence. See C.2.2.1.1."""

    SourcePatientGroupIdentificationSequence: Annotated[
        list[_SourcePatientGroupIdentificationSequenceItem] | None,
        Attribute(0x00100026, "SQ", "1", "3", name="Source Patient Group Identification Sequence"),
    ] = None
    """Source Patient Group Identification Sequence (0010,0026): Type 3, VR SQ, VM 1. A Sequence containing the value used for Patient ID (0010,0020) and related Attributes in the source Composite Instances that contained a group of subjects whose data was acquired at the same time, from which this Composite Instance was ext..."""

    GroupOfPatientsIdentificationSequence: Annotated[
        list[_GroupOfPatientsIdentificationSequenceItem] | None,
        Attribute(0x00100027, "SQ", "1", "3", name="Group of Patients Identification Sequence"),
    ] = None
    """Group of Patients Identification Sequence (0010,0027): Type 3, VR SQ, VM 1. A Sequence containing the identifiers and locations of the individual subjects whose data was acquired at the same time (as a group) and encoded in this Composite Instance. See Section C.7.1.4.1.1."""


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
    "GroupOfPatientsIdentificationSequenceItem": (
        "dicomodel.items.group_of_patients_identification_sequence_item",
        "GroupOfPatientsIdentificationSequenceItem",
    ),
    "IssuerOfPatientIDQualifiersSequenceItem": (
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OtherPatientIDsSequenceItem": (
        "dicomodel.items.other_patient_i_ds_sequence_item",
        "OtherPatientIDsSequenceItem",
    ),
    "PatientPositionTerm": ("dicomodel.enums.patient_position", "PatientPositionTerm"),
    "ReferencedPatientPhotoSequenceItem": (
        "dicomodel.items.referenced_instances_and_access_item",
        "ReferencedInstancesAndAccessItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_referenced_instances_and_access",
        "ReferencedSOPSequenceItemReferencedInstancesAndAccess",
    ),
    "SourcePatientGroupIdentificationSequenceItem": (
        "dicomodel.items.source_patient_group_identification_sequence_item",
        "SourcePatientGroupIdentificationSequenceItem",
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
