"""Patient Module Attributes.

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
    from dicomodel.enums.patient_identity_removed import (
        PatientIdentityRemovedValue as _PatientIdentityRemovedValue,
    )
    from dicomodel.enums.patient_sex import PatientSexValue as _PatientSexValue
    from dicomodel.enums.quality_control_subject import (
        QualityControlSubjectValue as _QualityControlSubjectValue,
    )
    from dicomodel.enums.responsible_person_role import (
        ResponsiblePersonRoleTerm as _ResponsiblePersonRoleTerm,
    )
    from dicomodel.enums.type_of_patient_id import TypeOfPatientIDTerm as _TypeOfPatientIDTerm
    from dicomodel.items.breed_registration_sequence_item_patient import (
        BreedRegistrationSequenceItemPatient as _BreedRegistrationSequenceItemPatient,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.genetic_modifications_sequence_item_patient import (
        GeneticModificationsSequenceItemPatient as _GeneticModificationsSequenceItemPatient,
    )
    from dicomodel.items.group_of_patients_identification_sequence_item import (
        GroupOfPatientsIdentificationSequenceItem as _GroupOfPatientsIdentificationSequenceItem,
    )
    from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
        IssuerOfPatientIDQualifiersSequenceItem as _IssuerOfPatientIDQualifiersSequenceItem,
    )
    from dicomodel.items.other_patient_i_ds_sequence_item_patient import (
        OtherPatientIDsSequenceItemPatient as _OtherPatientIDsSequenceItemPatient,
    )
    from dicomodel.items.referenced_instances_and_access_item import (
        ReferencedInstancesAndAccessItem as _ReferencedInstancesAndAccessItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
    from dicomodel.items.source_patient_group_identification_sequence_item import (
        SourcePatientGroupIdentificationSequenceItem as _SourcePatientGroupIdentificationSequenceItem,
    )
    from dicomodel.items.strain_stock_sequence_item_patient import (
        StrainStockSequenceItemPatient as _StrainStockSequenceItemPatient,
    )
else:
    from dicomodel.lazy import Lazy

    _BreedRegistrationSequenceItemPatient = Lazy(
        "dicomodel.items.breed_registration_sequence_item_patient",
        "BreedRegistrationSequenceItemPatient",
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _GeneticModificationsSequenceItemPatient = Lazy(
        "dicomodel.items.genetic_modifications_sequence_item_patient",
        "GeneticModificationsSequenceItemPatient",
    )
    _GroupOfPatientsIdentificationSequenceItem = Lazy(
        "dicomodel.items.group_of_patients_identification_sequence_item",
        "GroupOfPatientsIdentificationSequenceItem",
    )
    _IssuerOfPatientIDQualifiersSequenceItem = Lazy(
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    )
    _OtherPatientIDsSequenceItemPatient = Lazy(
        "dicomodel.items.other_patient_i_ds_sequence_item_patient",
        "OtherPatientIDsSequenceItemPatient",
    )
    _PatientAlternativeCalendarValue = Lazy(
        "dicomodel.enums.patient_alternative_calendar", "PatientAlternativeCalendarValue"
    )
    _PatientIdentityRemovedValue = Lazy(
        "dicomodel.enums.patient_identity_removed", "PatientIdentityRemovedValue"
    )
    _PatientSexValue = Lazy("dicomodel.enums.patient_sex", "PatientSexValue")
    _QualityControlSubjectValue = Lazy(
        "dicomodel.enums.quality_control_subject", "QualityControlSubjectValue"
    )
    _ReferencedInstancesAndAccessItem = Lazy(
        "dicomodel.items.referenced_instances_and_access_item", "ReferencedInstancesAndAccessItem"
    )
    _ResponsiblePersonRoleTerm = Lazy(
        "dicomodel.enums.responsible_person_role", "ResponsiblePersonRoleTerm"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _SourcePatientGroupIdentificationSequenceItem = Lazy(
        "dicomodel.items.source_patient_group_identification_sequence_item",
        "SourcePatientGroupIdentificationSequenceItem",
    )
    _StrainStockSequenceItemPatient = Lazy(
        "dicomodel.items.strain_stock_sequence_item_patient", "StrainStockSequenceItemPatient"
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
    from dicomodel.enums.patient_identity_removed import (
        PatientIdentityRemoved as PatientIdentityRemoved,
    )
    from dicomodel.enums.patient_position import PatientPositionTerm as PatientPositionTerm
    from dicomodel.enums.patient_sex import PatientSex as PatientSex
    from dicomodel.enums.quality_control_subject import (
        QualityControlSubject as QualityControlSubject,
    )
    from dicomodel.enums.responsible_person_role import (
        ResponsiblePersonRoleTerm as ResponsiblePersonRoleTerm,
    )
    from dicomodel.enums.type_of_instances import TypeOfInstancesTerm as TypeOfInstancesTerm
    from dicomodel.enums.type_of_patient_id import TypeOfPatientIDTerm as TypeOfPatientIDTerm
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.items.breed_registration_sequence_item_patient import (
        BreedRegistrationSequenceItemPatient as BreedRegistrationSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningJurisdictionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as BreedRegistryCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DeidentificationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as EthnicGroupCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as GeneticModificationsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as PatientBreedCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientSpeciesCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as StrainCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as StrainSourceRegistryCodeSequenceItem,
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
    from dicomodel.items.genetic_modifications_sequence_item_patient import (
        GeneticModificationsSequenceItemPatient as GeneticModificationsSequenceItem,
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
    from dicomodel.items.other_patient_i_ds_sequence_item_patient import (
        OtherPatientIDsSequenceItemPatient as OtherPatientIDsSequenceItem,
    )
    from dicomodel.items.referenced_instances_and_access_item import (
        ReferencedInstancesAndAccessItem as ReferencedPatientPhotoSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_referenced_instances_and_access import (
        ReferencedSOPSequenceItemReferencedInstancesAndAccess as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPatientSequenceItem,
    )
    from dicomodel.items.source_patient_group_identification_sequence_item import (
        SourcePatientGroupIdentificationSequenceItem as SourcePatientGroupIdentificationSequenceItem,
    )
    from dicomodel.items.strain_stock_sequence_item_patient import (
        StrainStockSequenceItemPatient as StrainStockSequenceItem,
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
    "BreedRegistrationSequenceItem",
    "BreedRegistryCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DICOMMediaRetrievalSequenceItem",
    "DICOMRetrievalSequenceItem",
    "DeidentificationMethodCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "EthnicGroupCodeSequenceItem",
    "GeneticModificationsCodeSequenceItem",
    "GeneticModificationsSequenceItem",
    "GroupOfPatientsIdentificationSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "MappingResourceTerm",
    "OtherPatientIDsSequenceItem",
    "PatientAlternativeCalendar",
    "PatientBreedCodeSequenceItem",
    "PatientIdentityRemoved",
    "PatientModule",
    "PatientPositionTerm",
    "PatientSex",
    "PatientSpeciesCodeSequenceItem",
    "QualityControlSubject",
    "ReferencedPatientPhotoSequenceItem",
    "ReferencedPatientSequenceItem",
    "ReferencedSOPSequenceItem",
    "ResponsiblePersonRoleTerm",
    "SourcePatientGroupIdentificationSequenceItem",
    "StrainCodeSequenceItem",
    "StrainSourceRegistryCodeSequenceItem",
    "StrainStockSequenceItem",
    "TypeOfInstancesTerm",
    "TypeOfPatientIDTerm",
    "UniversalEntityIDType",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "XDSRetrievalSequenceItem",
]


class PatientModule(DicomModel):
    """Patient Module Attributes (PS3.3 Table C.7-1)."""

    dicom_name: ClassVar[str] = "Patient"
    dicom_table: ClassVar[str] = "table_C.7-1"

    PatientName: Annotated[
        vr.PN | None, Attribute(0x00100010, "PN", "1", "2", name="Patient's Name")
    ]
    """Patient's Name (0010,0010): Type 2, VR PN, VM 1. Patient's full name."""

    PatientID: Annotated[vr.LO | None, Attribute(0x00100020, "LO", "1", "2", name="Patient ID")]
    """Patient ID (0010,0020): Type 2, VR LO, VM 1. Primary identifier for the Patient. In the case of imaging a group of small animals simultaneously, the single value of this identifier corresponds to the identification of the entire group. See also Section C.7.1.4.1.1."""

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
        Attribute(0x00100022, "CS", "1", "3", name="Type of Patient ID"),
    ] = None
    """Type of Patient ID (0010,0022): Type 3, VR CS, VM 1. The type of identifier in the Patient ID (0010,0020). Defined Terms: TEXT RFID BARCODE The identifier is coded as a string regardless of the type, not as a binary value."""

    PatientBirthDate: Annotated[
        vr.DA | None, Attribute(0x00100030, "DA", "1", "2", name="Patient's Birth Date")
    ]
    """Patient's Birth Date (0010,0030): Type 2, VR DA, VM 1. Birth date of the Patient."""

    PatientBirthDateInAlternativeCalendar: Annotated[
        vr.LO | None,
        Attribute(0x00100033, "LO", "1", "3", name="Patient's Birth Date in Alternative Calendar"),
    ] = None
    """Patient's Birth Date in Alternative Calendar (0010,0033): Type 3, VR LO, VM 1. Date of birth of the named Patient in the Alternative Calendar (0010,0035). No format is specified for alternative calendar dates so none should be assumed."""

    PatientDeathDateInAlternativeCalendar: Annotated[
        vr.LO | None,
        Attribute(0x00100034, "LO", "1", "3", name="Patient's Death Date in Alternative Calendar"),
    ] = None
    """Patient's Death Date in Alternative Calendar (0010,0034): Type 3, VR LO, VM 1. Date of death of the named Patient in the Alternative Calendar (0010,0035). No format is specified for alternative calendar dates so none should be assumed."""

    PatientAlternativeCalendar: Annotated[
        _PatientAlternativeCalendarValue | None,
        Attribute(
            0x00100035,
            "CS",
            "1",
            "1C",
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
    """Patient's Alternative Calendar (0010,0035): Type 1C, VR CS, VM 1. Required if either Patient's Birth Date in Alternative Calendar (0010,0033) or Patient's Alternative Death Date in Calendar (0010,0034) is present. The Alternative Calendar used for Patient's Birth Date in Alternative Calendar (0010,0033) and Patient's Death Date in Alternative Calendar (0010,0034). See Section C.7.1.5 for Defined Terms."""

    PatientSex: Annotated[
        _PatientSexValue | None,
        Attribute(
            0x00100040, "CS", "1", "2", name="Patient's Sex", enumerated=((0, ("M", "F", "O")),)
        ),
    ]
    """Patient's Sex (0010,0040): Type 2, VR CS, VM 1. Sex of the named Patient. Enumerated Values: M male F female O other"""

    ReferencedPatientPhotoSequence: Annotated[
        list[_ReferencedInstancesAndAccessItem] | None,
        Attribute(0x00101100, "SQ", "1", "3", name="Referenced Patient Photo Sequence"),
    ] = None
    """Referenced Patient Photo Sequence (0010,1100): Type 3, VR SQ, VM 1. A photo to confirm the identity of a Patient. Only a single Item is permitted in this Sequence. See C.2.2.1.1."""

    QualityControlSubject: Annotated[
        _QualityControlSubjectValue | None,
        Attribute(
            0x00100200,
            "CS",
            "1",
            "3",
            name="Quality Control Subject",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Quality Control Subject (0010,0200): Type 3, VR CS, VM 1. Indicates whether or not the subject is a quality control phantom. Enumerated Values: YES NO If this Attribute is absent, then the subject may or may not be a phantom. This Attribute describes a characteristic of the Imaging Subject."""

    ReferencedPatientSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081120, "SQ", "1", "3", name="Referenced Patient Sequence"),
    ] = None
    """Referenced Patient Sequence (0008,1120): Type 3, VR SQ, VM 1. A Sequence that provides reference to a Patient. Only a single Item is permitted in this Sequence."""

    PatientBirthTime: Annotated[
        vr.TM | None, Attribute(0x00100032, "TM", "1", "3", name="Patient's Birth Time")
    ] = None
    """Patient's Birth Time (0010,0032): Type 3, VR TM, VM 1. Birth time of the Patient."""

    OtherPatientIDsSequence: Annotated[
        list[_OtherPatientIDsSequenceItemPatient] | None,
        Attribute(0x00101002, "SQ", "1", "3", name="Other Patient IDs Sequence"),
    ] = None
    """Other Patient IDs Sequence (0010,1002): Type 3, VR SQ, VM 1. A Sequence of identification numbers or codes used to identify the Patient, which may or may not be human readable, and may or may not have been obtained from an implanted or attached device such as an RFID or barcode."""

    OtherPatientNames: Annotated[
        list[vr.PN] | None, Attribute(0x00101001, "PN", "1-n", "3", name="Other Patient Names")
    ] = None
    """Other Patient Names (0010,1001): Type 3, VR PN, VM 1-n. Other names used to identify the Patient."""

    EthnicGroup: Annotated[
        vr.SH | None, Attribute(0x00102160, "SH", "1", "3", name="Ethnic Group")
    ] = None
    """Ethnic Group (0010,2160): Type 3, VR SH, VM 1. Ethnic group or race of the Patient."""

    EthnicGroupCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00102161, "SQ", "1", "3", name="Ethnic Group Code Sequence"),
    ] = None
    """Ethnic Group Code Sequence (0010,2161): Type 3, VR SQ, VM 1. Ethnic group or race of Patient. One or more Items are permitted in this Sequence."""

    PatientComments: Annotated[
        vr.LT | None, Attribute(0x00104000, "LT", "1", "3", name="Patient Comments")
    ] = None
    """Patient Comments (0010,4000): Type 3, VR LT, VM 1. User-defined additional information about the Patient."""

    PatientSpeciesDescription: Annotated[
        vr.LO | None,
        Attribute(
            0x00102201,
            "LO",
            "1",
            "1C",
            name="Patient Species Description",
            when=(
                "and",
                ("unknown", "depends on whether the patient is a non-human organism"),
                ("not", ("present", 0x00102202)),
            ),
            otherwise="may",
        ),
    ] = None
    """Patient Species Description (0010,2201): Type 1C, VR LO, VM 1. Required if the Patient is a non-human organism and if Patient Species Code Sequence (0010,2202) is not present. May be present otherwise. The taxonomic rank value (e.g., genus, subgenus, species or subspecies) of the Patient. See Section C.7.1.1.1.3. Required if the Patient is a non-human organism and if Patient Species Code Sequence (0010,2202) is not present."""

    PatientSpeciesCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00102202,
            "SQ",
            "1",
            "1C",
            name="Patient Species Code Sequence",
            when=(
                "and",
                ("unknown", "depends on whether the patient is a non-human organism"),
                ("not", ("present", 0x00102201)),
            ),
            otherwise="may",
        ),
    ] = None
    """Patient Species Code Sequence (0010,2202): Type 1C, VR SQ, VM 1. Required if the Patient is a non-human organism and if Patient Species Description (0010,2201) is not present. May be present otherwise. The taxonomic rank value (e.g., genus, subgenus, species or subspecies) of the Patient. See Section C.7.1.1.1.3. Only a single Item shall be included in this Sequence."""

    PatientBreedDescription: Annotated[
        vr.LO | None,
        Attribute(
            0x00102292,
            "LO",
            "1",
            "2C",
            name="Patient Breed Description",
            when=(
                "and",
                ("unknown", "depends on whether the patient is a non-human organism"),
                ("present", 0x00102293),
                ("not", ("has_value", 0x00102293)),
            ),
            otherwise="may",
        ),
    ] = None
    """Patient Breed Description (0010,2292): Type 2C, VR LO, VM 1. Required if the Patient is a non-human organism and if Patient Breed Code Sequence (0010,2293) is empty. May be present otherwise. The breed of the Patient. See Section C.7.1.1.1.1. Required if the Patient is a non-human organism and if Patient Breed Code Sequence (0010,2293) is empty. May be present otherwise."""

    PatientBreedCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00102293,
            "SQ",
            "1",
            "2C",
            name="Patient Breed Code Sequence",
            when=("unknown", "depends on whether the patient is a non-human organism"),
        ),
    ] = None
    """Patient Breed Code Sequence (0010,2293): Type 2C, VR SQ, VM 1. Required if the Patient is a non-human organism. The breed of the Patient. See Section C.7.1.1.1.1. Zero or more Items shall be included in this Sequence. Required if the Patient is a non-human organism."""

    BreedRegistrationSequence: Annotated[
        list[_BreedRegistrationSequenceItemPatient] | None,
        Attribute(
            0x00102294,
            "SQ",
            "1",
            "2C",
            name="Breed Registration Sequence",
            when=("unknown", "depends on whether the patient is a non-human organism"),
        ),
    ] = None
    """Breed Registration Sequence (0010,2294): Type 2C, VR SQ, VM 1. Required if the Patient is a non-human organism. Information identifying a non-human organism within a breed registry. Zero or more Items shall be included in this Sequence. Required if the Patient is a non-human organism."""

    StrainDescription: Annotated[
        vr.UC | None, Attribute(0x00100212, "UC", "1", "3", name="Strain Description")
    ] = None
    """Strain Description (0010,0212): Type 3, VR UC, VM 1. The strain of the Patient. See Section C.7.1.1.1.4."""

    StrainNomenclature: Annotated[
        vr.LO | None, Attribute(0x00100213, "LO", "1", "3", name="Strain Nomenclature")
    ] = None
    """Strain Nomenclature (0010,0213): Type 3, VR LO, VM 1. The nomenclature used for Strain Description (0010,0212). See Section C.7.1.1.1.4."""

    StrainCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00100219, "SQ", "1", "3", name="Strain Code Sequence"),
    ] = None
    """Strain Code Sequence (0010,0219): Type 3, VR SQ, VM 1. A coded identification of the strain of the Patient. See Section C.7.1.1.1.4. One or more Items are permitted in this Sequence."""

    StrainAdditionalInformation: Annotated[
        vr.UT | None, Attribute(0x00100218, "UT", "1", "3", name="Strain Additional Information")
    ] = None
    """Strain Additional Information (0010,0218): Type 3, VR UT, VM 1. Additional information about the strain of the Patient that is not encoded in the formal nomenclature used in Strain Description (0010,0212). See Section C.7.1.1.1.4."""

    StrainStockSequence: Annotated[
        list[_StrainStockSequenceItemPatient] | None,
        Attribute(0x00100216, "SQ", "1", "3", name="Strain Stock Sequence"),
    ] = None
    """Strain Stock Sequence (0010,0216): Type 3, VR SQ, VM 1. Information identifying a non-human organism within a strain stock. Only a single Item is permitted in this Sequence."""

    GeneticModificationsSequence: Annotated[
        list[_GeneticModificationsSequenceItemPatient] | None,
        Attribute(0x00100221, "SQ", "1", "3", name="Genetic Modifications Sequence"),
    ] = None
    """Genetic Modifications Sequence (0010,0221): Type 3, VR SQ, VM 1. The genetic modifications of the Patient. One or more Items are permitted in this Sequence. See Section C.7.1.1.1.4."""

    ResponsiblePerson: Annotated[
        vr.PN | None,
        Attribute(
            0x00102297,
            "PN",
            "1",
            "2C",
            name="Responsible Person",
            when=("unknown", "depends on whether the patient is a non-human organism"),
            otherwise="may",
        ),
    ] = None
    """Responsible Person (0010,2297): Type 2C, VR PN, VM 1. Required if the Patient is a non-human organism. May be present otherwise. Name of person with medical or welfare decision making authority for the Patient. Required if the Patient is a non-human organism. May be present otherwise."""

    ResponsiblePersonRole: Annotated[
        _ResponsiblePersonRoleTerm | vr.CS | None,
        Attribute(
            0x00102298,
            "CS",
            "1",
            "1C",
            name="Responsible Person Role",
            when=("has_value", 0x00102297),
        ),
    ] = None
    """Responsible Person Role (0010,2298): Type 1C, VR CS, VM 1. Required if Responsible Person is present and has a value. Relationship of Responsible Person to the Patient. See Section C.7.1.1.1.2 for Defined Terms. Required if Responsible Person is present and has a value."""

    ResponsibleOrganization: Annotated[
        vr.LO | None,
        Attribute(
            0x00102299,
            "LO",
            "1",
            "2C",
            name="Responsible Organization",
            when=("unknown", "depends on whether the patient is a non-human organism"),
            otherwise="may",
        ),
    ] = None
    """Responsible Organization (0010,2299): Type 2C, VR LO, VM 1. Required if Patient is a non-human organism. May be present otherwise. Name of organization with medical or welfare decision making authority for the Patient. Required if Patient is a non-human organism. May be present otherwise."""

    PatientIdentityRemoved: Annotated[
        _PatientIdentityRemovedValue | None,
        Attribute(
            0x00120062,
            "CS",
            "1",
            "3",
            name="Patient Identity Removed",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Patient Identity Removed (0012,0062): Type 3, VR CS, VM 1. The true identity of the Patient has been removed from the Attributes and the Pixel Data Enumerated Values: YES NO"""

    DeidentificationMethod: Annotated[
        list[vr.LO] | None,
        Attribute(
            0x00120063,
            "LO",
            "1-n",
            "1C",
            name="De-identification Method",
            when=(
                "and",
                ("present", 0x00120062),
                ("value", 0x00120062, 0, "in", ("YES",)),
                ("not", ("present", 0x00120064)),
            ),
            otherwise="may",
        ),
    ] = None
    """De-identification Method (0012,0063): Type 1C, VR LO, VM 1-n. Required if Patient Identity Removed (0012,0062) is present and has a value of YES and De-identification Method Code Sequence (0012,0064) is not present. May be present otherwise. A description or label of the mechanism or method use to remove the Patient's identity. May be multi-valued if successive de-identification steps have been performed."""

    DeidentificationMethodCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00120064,
            "SQ",
            "1",
            "1C",
            name="De-identification Method Code Sequence",
            when=(
                "and",
                ("present", 0x00120062),
                ("value", 0x00120062, 0, "in", ("YES",)),
                ("not", ("present", 0x00120063)),
            ),
            otherwise="may",
        ),
    ] = None
    """De-identification Method Code Sequence (0012,0064): Type 1C, VR SQ, VM 1. Required if Patient Identity Removed (0012,0062) is present and has a value of YES and De-identification Method (0012,0063) is not present. May be present otherwise. A code describing the mechanism or method use to remove the Patient's identity. One or more Items shall be included in this Sequence."""

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
    "BreedRegistrationSequenceItem": (
        "dicomodel.items.breed_registration_sequence_item_patient",
        "BreedRegistrationSequenceItemPatient",
    ),
    "BreedRegistryCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "DeidentificationMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "EthnicGroupCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "GeneticModificationsCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "GeneticModificationsSequenceItem": (
        "dicomodel.items.genetic_modifications_sequence_item_patient",
        "GeneticModificationsSequenceItemPatient",
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
        "dicomodel.items.other_patient_i_ds_sequence_item_patient",
        "OtherPatientIDsSequenceItemPatient",
    ),
    "PatientAlternativeCalendar": (
        "dicomodel.enums.patient_alternative_calendar",
        "PatientAlternativeCalendar",
    ),
    "PatientBreedCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PatientIdentityRemoved": (
        "dicomodel.enums.patient_identity_removed",
        "PatientIdentityRemoved",
    ),
    "PatientPositionTerm": ("dicomodel.enums.patient_position", "PatientPositionTerm"),
    "PatientSex": ("dicomodel.enums.patient_sex", "PatientSex"),
    "PatientSpeciesCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "QualityControlSubject": ("dicomodel.enums.quality_control_subject", "QualityControlSubject"),
    "ReferencedPatientPhotoSequenceItem": (
        "dicomodel.items.referenced_instances_and_access_item",
        "ReferencedInstancesAndAccessItem",
    ),
    "ReferencedPatientSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_referenced_instances_and_access",
        "ReferencedSOPSequenceItemReferencedInstancesAndAccess",
    ),
    "ResponsiblePersonRoleTerm": (
        "dicomodel.enums.responsible_person_role",
        "ResponsiblePersonRoleTerm",
    ),
    "SourcePatientGroupIdentificationSequenceItem": (
        "dicomodel.items.source_patient_group_identification_sequence_item",
        "SourcePatientGroupIdentificationSequenceItem",
    ),
    "StrainCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "StrainSourceRegistryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "StrainStockSequenceItem": (
        "dicomodel.items.strain_stock_sequence_item_patient",
        "StrainStockSequenceItemPatient",
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
