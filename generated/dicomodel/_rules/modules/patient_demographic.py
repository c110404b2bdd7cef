"""Presence rules of Patient Demographic Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientDemographicModule = (
    "table_C.2-3",
    (
        ("PatientAge", Attribute(0x00101010, "AS", "1", None, name="Patient's Age"), None),
        ("Occupation", Attribute(0x00102180, "SH", "1", None, name="Occupation"), None),
        (
            "ConfidentialityConstraintOnPatientDataDescription",
            Attribute(
                0x00403001,
                "LO",
                "1",
                None,
                name="Confidentiality Constraint on Patient Data Description",
            ),
            None,
        ),
        (
            "PatientBirthDate",
            Attribute(0x00100030, "DA", "1", None, name="Patient's Birth Date"),
            None,
        ),
        (
            "PatientBirthTime",
            Attribute(0x00100032, "TM", "1", None, name="Patient's Birth Time"),
            None,
        ),
        (
            "PatientSex",
            Attribute(
                0x00100040,
                "CS",
                "1",
                None,
                name="Patient's Sex",
                enumerated=((0, ("M", "F", "O")),),
            ),
            None,
        ),
        (
            "QualityControlSubject",
            Attribute(
                0x00100200,
                "CS",
                "1",
                None,
                name="Quality Control Subject",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "PatientInsurancePlanCodeSequence",
            Attribute(0x00100050, "SQ", "1", None, name="Patient's Insurance Plan Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "PatientPrimaryLanguageCodeSequence",
            Attribute(0x00100101, "SQ", "1", None, name="Patient's Primary Language Code Sequence"),
            Lazy(
                "dicomodel.items.patient_primary_language_code_sequence_item",
                "PatientPrimaryLanguageCodeSequenceItem",
            ),
        ),
        ("PatientSize", Attribute(0x00101020, "DS", "1", None, name="Patient's Size"), None),
        ("PatientWeight", Attribute(0x00101030, "DS", "1", None, name="Patient's Weight"), None),
        (
            "PatientSizeCodeSequence",
            Attribute(0x00101021, "SQ", "1", None, name="Patient's Size Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("PatientAddress", Attribute(0x00101040, "LO", "1", None, name="Patient's Address"), None),
        ("MilitaryRank", Attribute(0x00101080, "LO", "1", None, name="Military Rank"), None),
        ("BranchOfService", Attribute(0x00101081, "LO", "1", None, name="Branch of Service"), None),
        (
            "CountryOfResidence",
            Attribute(0x00102150, "LO", "1", None, name="Country of Residence"),
            None,
        ),
        (
            "RegionOfResidence",
            Attribute(0x00102152, "LO", "1", None, name="Region of Residence"),
            None,
        ),
        (
            "PatientTelephoneNumbers",
            Attribute(0x00102154, "SH", "1-n", None, name="Patient's Telephone Numbers"),
            None,
        ),
        (
            "PatientTelecomInformation",
            Attribute(0x00102155, "LT", "1", None, name="Patient's Telecom Information"),
            None,
        ),
        ("EthnicGroup", Attribute(0x00102160, "SH", "1", None, name="Ethnic Group"), None),
        (
            "EthnicGroupCodeSequence",
            Attribute(0x00102161, "SQ", "1", None, name="Ethnic Group Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "PatientReligiousPreference",
            Attribute(0x001021F0, "LO", "1", None, name="Patient's Religious Preference"),
            None,
        ),
        ("PatientComments", Attribute(0x00104000, "LT", "1", None, name="Patient Comments"), None),
        (
            "ResponsiblePerson",
            Attribute(0x00102297, "PN", "1", None, name="Responsible Person"),
            None,
        ),
        (
            "ResponsiblePersonRole",
            Attribute(0x00102298, "CS", "1", None, name="Responsible Person Role"),
            None,
        ),
        (
            "ResponsibleOrganization",
            Attribute(0x00102299, "LO", "1", None, name="Responsible Organization"),
            None,
        ),
        (
            "PatientSpeciesDescription",
            Attribute(0x00102201, "LO", "1", None, name="Patient Species Description"),
            None,
        ),
        (
            "PatientSpeciesCodeSequence",
            Attribute(0x00102202, "SQ", "1", None, name="Patient Species Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "PatientBreedDescription",
            Attribute(0x00102292, "LO", "1", None, name="Patient Breed Description"),
            None,
        ),
        (
            "PatientBreedCodeSequence",
            Attribute(0x00102293, "SQ", "1", None, name="Patient Breed Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "BreedRegistrationSequence",
            Attribute(0x00102294, "SQ", "1", None, name="Breed Registration Sequence"),
            Lazy(
                "dicomodel.items.breed_registration_sequence_item", "BreedRegistrationSequenceItem"
            ),
        ),
        (
            "StrainDescription",
            Attribute(0x00100212, "UC", "1", None, name="Strain Description"),
            None,
        ),
        (
            "StrainNomenclature",
            Attribute(0x00100213, "LO", "1", None, name="Strain Nomenclature"),
            None,
        ),
        (
            "StrainCodeSequence",
            Attribute(0x00100219, "SQ", "1", None, name="Strain Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "StrainAdditionalInformation",
            Attribute(0x00100218, "UT", "1", None, name="Strain Additional Information"),
            None,
        ),
        (
            "StrainStockSequence",
            Attribute(0x00100216, "SQ", "1", None, name="Strain Stock Sequence"),
            Lazy("dicomodel.items.strain_stock_sequence_item", "StrainStockSequenceItem"),
        ),
        (
            "GeneticModificationsSequence",
            Attribute(0x00100221, "SQ", "1", None, name="Genetic Modifications Sequence"),
            Lazy(
                "dicomodel.items.genetic_modifications_sequence_item",
                "GeneticModificationsSequenceItem",
            ),
        ),
    ),
)
