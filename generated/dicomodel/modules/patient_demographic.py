"""Patient Demographic Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.patient_sex import PatientSexValue as _PatientSexValue
    from dicomodel.enums.quality_control_subject import (
        QualityControlSubjectValue as _QualityControlSubjectValue,
    )
    from dicomodel.enums.responsible_person_role import (
        ResponsiblePersonRoleTerm as _ResponsiblePersonRoleTerm,
    )
    from dicomodel.items.breed_registration_sequence_item import (
        BreedRegistrationSequenceItem as _BreedRegistrationSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.genetic_modifications_sequence_item import (
        GeneticModificationsSequenceItem as _GeneticModificationsSequenceItem,
    )
    from dicomodel.items.patient_primary_language_code_sequence_item import (
        PatientPrimaryLanguageCodeSequenceItem as _PatientPrimaryLanguageCodeSequenceItem,
    )
    from dicomodel.items.strain_stock_sequence_item import (
        StrainStockSequenceItem as _StrainStockSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BreedRegistrationSequenceItem = Lazy(
        "dicomodel.items.breed_registration_sequence_item", "BreedRegistrationSequenceItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _GeneticModificationsSequenceItem = Lazy(
        "dicomodel.items.genetic_modifications_sequence_item", "GeneticModificationsSequenceItem"
    )
    _PatientPrimaryLanguageCodeSequenceItem = Lazy(
        "dicomodel.items.patient_primary_language_code_sequence_item",
        "PatientPrimaryLanguageCodeSequenceItem",
    )
    _PatientSexValue = Lazy("dicomodel.enums.patient_sex", "PatientSexValue")
    _QualityControlSubjectValue = Lazy(
        "dicomodel.enums.quality_control_subject", "QualityControlSubjectValue"
    )
    _ResponsiblePersonRoleTerm = Lazy(
        "dicomodel.enums.responsible_person_role", "ResponsiblePersonRoleTerm"
    )
    _StrainStockSequenceItem = Lazy(
        "dicomodel.items.strain_stock_sequence_item", "StrainStockSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.patient_sex import PatientSex as PatientSex
    from dicomodel.enums.quality_control_subject import (
        QualityControlSubject as QualityControlSubject,
    )
    from dicomodel.enums.responsible_person_role import (
        ResponsiblePersonRoleTerm as ResponsiblePersonRoleTerm,
    )
    from dicomodel.items.breed_registration_sequence_item import (
        BreedRegistrationSequenceItem as BreedRegistrationSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as BreedRegistryCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as EthnicGroupCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as GeneticModificationsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as PatientBreedCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientInsurancePlanCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientPrimaryLanguageModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as PatientSizeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientSpeciesCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as StrainCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as StrainSourceRegistryCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.genetic_modifications_sequence_item import (
        GeneticModificationsSequenceItem as GeneticModificationsSequenceItem,
    )
    from dicomodel.items.patient_primary_language_code_sequence_item import (
        PatientPrimaryLanguageCodeSequenceItem as PatientPrimaryLanguageCodeSequenceItem,
    )
    from dicomodel.items.strain_stock_sequence_item import (
        StrainStockSequenceItem as StrainStockSequenceItem,
    )

__all__ = [
    "BreedRegistrationSequenceItem",
    "BreedRegistryCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "EthnicGroupCodeSequenceItem",
    "GeneticModificationsCodeSequenceItem",
    "GeneticModificationsSequenceItem",
    "MappingResourceTerm",
    "PatientBreedCodeSequenceItem",
    "PatientDemographicModule",
    "PatientInsurancePlanCodeSequenceItem",
    "PatientPrimaryLanguageCodeSequenceItem",
    "PatientPrimaryLanguageModifierCodeSequenceItem",
    "PatientSex",
    "PatientSizeCodeSequenceItem",
    "PatientSpeciesCodeSequenceItem",
    "QualityControlSubject",
    "ResponsiblePersonRoleTerm",
    "StrainCodeSequenceItem",
    "StrainSourceRegistryCodeSequenceItem",
    "StrainStockSequenceItem",
]


class PatientDemographicModule(DicomModel):
    """Patient Demographic Module Attributes (PS3.3 Table C.2-3)."""

    dicom_name: ClassVar[str] = "Patient Demographic"
    dicom_table: ClassVar[str] = "table_C.2-3"

    PatientAge: Annotated[
        vr.AS | None, Attribute(0x00101010, "AS", "1", None, name="Patient's Age")
    ] = None
    """Patient's Age (0010,1010): no Type, VR AS, VM 1. Age of the Patient."""

    Occupation: Annotated[
        vr.SH | None, Attribute(0x00102180, "SH", "1", None, name="Occupation")
    ] = None
    """Occupation (0010,2180): no Type, VR SH, VM 1. Occupation of the Patient."""

    ConfidentialityConstraintOnPatientDataDescription: Annotated[
        vr.LO | None,
        Attribute(
            0x00403001,
            "LO",
            "1",
            None,
            name="Confidentiality Constraint on Patient Data Description",
        ),
    ] = None
    """Confidentiality Constraint on Patient Data Description (0040,3001): no Type, VR LO, VM 1. Special indication to the modality operator about confidentiality of Patient information (e.g., that he should not use the Patient's name where other patients are present)."""

    PatientBirthDate: Annotated[
        vr.DA | None, Attribute(0x00100030, "DA", "1", None, name="Patient's Birth Date")
    ] = None
    """Patient's Birth Date (0010,0030): no Type, VR DA, VM 1. Date of birth of the named Patient."""

    PatientBirthTime: Annotated[
        vr.TM | None, Attribute(0x00100032, "TM", "1", None, name="Patient's Birth Time")
    ] = None
    """Patient's Birth Time (0010,0032): no Type, VR TM, VM 1. Time of birth of the named Patient."""

    PatientSex: Annotated[
        _PatientSexValue | None,
        Attribute(
            0x00100040, "CS", "1", None, name="Patient's Sex", enumerated=((0, ("M", "F", "O")),)
        ),
    ] = None
    """Patient's Sex (0010,0040): no Type, VR CS, VM 1. Sex of the named Patient. Enumerated Values: M male F female O other"""

    QualityControlSubject: Annotated[
        _QualityControlSubjectValue | None,
        Attribute(
            0x00100200,
            "CS",
            "1",
            None,
            name="Quality Control Subject",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Quality Control Subject (0010,0200): no Type, VR CS, VM 1. Indicates whether or not the subject is a quality control phantom. Enumerated Values: YES NO If this Attribute is absent, then the subject may or may not be a phantom. This Attribute describes a characteristic of the Imaging Subject."""

    PatientInsurancePlanCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00100050, "SQ", "1", None, name="Patient's Insurance Plan Code Sequence"),
    ] = None
    """Patient's Insurance Plan Code Sequence (0010,0050): no Type, VR SQ, VM 1. A Sequence that conveys the Patient's insurance plan. Zero or more Items shall be included in this Sequence."""

    PatientPrimaryLanguageCodeSequence: Annotated[
        list[_PatientPrimaryLanguageCodeSequenceItem] | None,
        Attribute(0x00100101, "SQ", "1", None, name="Patient's Primary Language Code Sequence"),
    ] = None
    """Patient's Primary Language Code Sequence (0010,0101): no Type, VR SQ, VM 1. The languages that can be used to communicate with the Patient. Zero or more Items shall be included in this Sequence. The Items are ordered by preference (most preferred language to least preferred language)."""

    PatientSize: Annotated[
        vr.DS | None, Attribute(0x00101020, "DS", "1", None, name="Patient's Size")
    ] = None
    """Patient's Size (0010,1020): no Type, VR DS, VM 1. Patient's height or length in meters."""

    PatientWeight: Annotated[
        vr.DS | None, Attribute(0x00101030, "DS", "1", None, name="Patient's Weight")
    ] = None
    """Patient's Weight (0010,1030): no Type, VR DS, VM 1. Weight of the Patient in kilograms."""

    PatientSizeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00101021, "SQ", "1", None, name="Patient's Size Code Sequence"),
    ] = None
    """Patient's Size Code Sequence (0010,1021): no Type, VR SQ, VM 1. Patient's size category code One or more Items are permitted in this Sequence."""

    PatientAddress: Annotated[
        vr.LO | None, Attribute(0x00101040, "LO", "1", None, name="Patient's Address")
    ] = None
    """Patient's Address (0010,1040): no Type, VR LO, VM 1. Legal address of the named Patient."""

    MilitaryRank: Annotated[
        vr.LO | None, Attribute(0x00101080, "LO", "1", None, name="Military Rank")
    ] = None
    """Military Rank (0010,1080): no Type, VR LO, VM 1. Military rank of Patient."""

    BranchOfService: Annotated[
        vr.LO | None, Attribute(0x00101081, "LO", "1", None, name="Branch of Service")
    ] = None
    """Branch of Service (0010,1081): no Type, VR LO, VM 1. Branch of the military. The country allegiance may also be included (e.g., U.S. Army)."""

    CountryOfResidence: Annotated[
        vr.LO | None, Attribute(0x00102150, "LO", "1", None, name="Country of Residence")
    ] = None
    """Country of Residence (0010,2150): no Type, VR LO, VM 1. Country in which Patient currently resides."""

    RegionOfResidence: Annotated[
        vr.LO | None, Attribute(0x00102152, "LO", "1", None, name="Region of Residence")
    ] = None
    """Region of Residence (0010,2152): no Type, VR LO, VM 1. Region within Patient's country of residence."""

    PatientTelephoneNumbers: Annotated[
        list[vr.SH] | None,
        Attribute(0x00102154, "SH", "1-n", None, name="Patient's Telephone Numbers"),
    ] = None
    """Patient's Telephone Numbers (0010,2154): no Type, VR SH, VM 1-n. Telephone numbers at which the Patient can be reached."""

    PatientTelecomInformation: Annotated[
        vr.LT | None, Attribute(0x00102155, "LT", "1", None, name="Patient's Telecom Information")
    ] = None
    """Patient's Telecom Information (0010,2155): no Type, VR LT, VM 1. The Patient's personal telecommunication contact information, including telephone, email, or other telecom addresses. This Attribute may have internal format or structure in accordance with local agreement or profile."""

    EthnicGroup: Annotated[
        vr.SH | None, Attribute(0x00102160, "SH", "1", None, name="Ethnic Group")
    ] = None
    """Ethnic Group (0010,2160): no Type, VR SH, VM 1. Ethnic group or race of Patient."""

    EthnicGroupCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00102161, "SQ", "1", None, name="Ethnic Group Code Sequence"),
    ] = None
    """Ethnic Group Code Sequence (0010,2161): no Type, VR SQ, VM 1. Ethnic group or race of Patient. One or more Items are permitted in this Sequence."""

    PatientReligiousPreference: Annotated[
        vr.LO | None, Attribute(0x001021F0, "LO", "1", None, name="Patient's Religious Preference")
    ] = None
    """Patient's Religious Preference (0010,21F0): no Type, VR LO, VM 1. The religious preference of the Patient."""

    PatientComments: Annotated[
        vr.LT | None, Attribute(0x00104000, "LT", "1", None, name="Patient Comments")
    ] = None
    """Patient Comments (0010,4000): no Type, VR LT, VM 1. User-defined comments about the Patient."""

    ResponsiblePerson: Annotated[
        vr.PN | None, Attribute(0x00102297, "PN", "1", None, name="Responsible Person")
    ] = None
    """Responsible Person (0010,2297): no Type, VR PN, VM 1. Name of person with medical or welfare decision making authority for the Patient."""

    ResponsiblePersonRole: Annotated[
        _ResponsiblePersonRoleTerm | vr.CS | None,
        Attribute(0x00102298, "CS", "1", None, name="Responsible Person Role"),
    ] = None
    """Responsible Person Role (0010,2298): no Type, VR CS, VM 1. Relationship of Responsible Person to the Patient. See Section C.7.1.1.1.2 for Defined Terms."""

    ResponsibleOrganization: Annotated[
        vr.LO | None, Attribute(0x00102299, "LO", "1", None, name="Responsible Organization")
    ] = None
    """Responsible Organization (0010,2299): no Type, VR LO, VM 1. Name of organization with medical or welfare decision making authority for the Patient."""

    PatientSpeciesDescription: Annotated[
        vr.LO | None, Attribute(0x00102201, "LO", "1", None, name="Patient Species Description")
    ] = None
    """Patient Species Description (0010,2201): no Type, VR LO, VM 1. The taxonomic rank value (e.g., genus, subgenus, species or subspecies) of the Patient. See Section C.7.1.1.1.3."""

    PatientSpeciesCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00102202, "SQ", "1", None, name="Patient Species Code Sequence"),
    ] = None
    """Patient Species Code Sequence (0010,2202): no Type, VR SQ, VM 1. The taxonomic rank value (e.g., genus, subgenus, species or subspecies) of the Patient. See Section C.7.1.1.1.3. Only a single Item shall be included in this Sequence."""

    PatientBreedDescription: Annotated[
        vr.LO | None, Attribute(0x00102292, "LO", "1", None, name="Patient Breed Description")
    ] = None
    """Patient Breed Description (0010,2292): no Type, VR LO, VM 1. The breed of the Patient. See Section C.7.1.1.1.1."""

    PatientBreedCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00102293, "SQ", "1", None, name="Patient Breed Code Sequence"),
    ] = None
    """Patient Breed Code Sequence (0010,2293): no Type, VR SQ, VM 1. The breed of the Patient. See Section C.7.1.1.1.1. Zero or more Items shall be included in this Sequence."""

    BreedRegistrationSequence: Annotated[
        list[_BreedRegistrationSequenceItem] | None,
        Attribute(0x00102294, "SQ", "1", None, name="Breed Registration Sequence"),
    ] = None
    """Breed Registration Sequence (0010,2294): no Type, VR SQ, VM 1. Information identifying a non-human organism within a breed registry. Zero or more Items shall be included in this Sequence."""

    StrainDescription: Annotated[
        vr.UC | None, Attribute(0x00100212, "UC", "1", None, name="Strain Description")
    ] = None
    """Strain Description (0010,0212): no Type, VR UC, VM 1. The strain of the Patient. See Section C.7.1.1.1.4."""

    StrainNomenclature: Annotated[
        vr.LO | None, Attribute(0x00100213, "LO", "1", None, name="Strain Nomenclature")
    ] = None
    """Strain Nomenclature (0010,0213): no Type, VR LO, VM 1. The nomenclature used for Strain Description (0010,0212). See Section C.7.1.1.1.4."""

    StrainCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00100219, "SQ", "1", None, name="Strain Code Sequence"),
    ] = None
    """Strain Code Sequence (0010,0219): no Type, VR SQ, VM 1. A coded identification of the strain of the Patient. See Section C.7.1.1.1.4. One or more Items are permitted in this Sequence."""

    StrainAdditionalInformation: Annotated[
        vr.UT | None, Attribute(0x00100218, "UT", "1", None, name="Strain Additional Information")
    ] = None
    """Strain Additional Information (0010,0218): no Type, VR UT, VM 1. Additional information about the strain of the Patient that is not encoded in the formal nomenclature used in Strain Description (0010,0212). See Section C.7.1.1.1.4."""

    StrainStockSequence: Annotated[
        list[_StrainStockSequenceItem] | None,
        Attribute(0x00100216, "SQ", "1", None, name="Strain Stock Sequence"),
    ] = None
    """Strain Stock Sequence (0010,0216): no Type, VR SQ, VM 1. Information identifying a non-human organism within a strain stock. Only a single Item is permitted in this Sequence."""

    GeneticModificationsSequence: Annotated[
        list[_GeneticModificationsSequenceItem] | None,
        Attribute(0x00100221, "SQ", "1", None, name="Genetic Modifications Sequence"),
    ] = None
    """Genetic Modifications Sequence (0010,0221): no Type, VR SQ, VM 1. The genetic modifications of the Patient. One or more Items are permitted in this Sequence. See Section C.7.1.1.1.4."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BreedRegistrationSequenceItem": (
        "dicomodel.items.breed_registration_sequence_item",
        "BreedRegistrationSequenceItem",
    ),
    "BreedRegistryCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
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
        "dicomodel.items.genetic_modifications_sequence_item",
        "GeneticModificationsSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PatientBreedCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PatientInsurancePlanCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientPrimaryLanguageCodeSequenceItem": (
        "dicomodel.items.patient_primary_language_code_sequence_item",
        "PatientPrimaryLanguageCodeSequenceItem",
    ),
    "PatientPrimaryLanguageModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientSex": ("dicomodel.enums.patient_sex", "PatientSex"),
    "PatientSizeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PatientSpeciesCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "QualityControlSubject": ("dicomodel.enums.quality_control_subject", "QualityControlSubject"),
    "ResponsiblePersonRoleTerm": (
        "dicomodel.enums.responsible_person_role",
        "ResponsiblePersonRoleTerm",
    ),
    "StrainCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "StrainSourceRegistryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "StrainStockSequenceItem": (
        "dicomodel.items.strain_stock_sequence_item",
        "StrainStockSequenceItem",
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
