"""Presence rules of Patient Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientModule = (
    "table_C.7-1",
    (
        ("PatientName", Attribute(0x00100010, "PN", "1", "2", name="Patient's Name"), None),
        ("PatientID", Attribute(0x00100020, "LO", "1", "2", name="Patient ID"), None),
        (
            "IssuerOfPatientID",
            Attribute(0x00100021, "LO", "1", "3", name="Issuer of Patient ID"),
            None,
        ),
        (
            "IssuerOfPatientIDQualifiersSequence",
            Attribute(0x00100024, "SQ", "1", "3", name="Issuer of Patient ID Qualifiers Sequence"),
            Lazy(
                "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
                "IssuerOfPatientIDQualifiersSequenceItem",
            ),
        ),
        ("TypeOfPatientID", Attribute(0x00100022, "CS", "1", "3", name="Type of Patient ID"), None),
        (
            "PatientBirthDate",
            Attribute(0x00100030, "DA", "1", "2", name="Patient's Birth Date"),
            None,
        ),
        (
            "PatientBirthDateInAlternativeCalendar",
            Attribute(
                0x00100033, "LO", "1", "3", name="Patient's Birth Date in Alternative Calendar"
            ),
            None,
        ),
        (
            "PatientDeathDateInAlternativeCalendar",
            Attribute(
                0x00100034, "LO", "1", "3", name="Patient's Death Date in Alternative Calendar"
            ),
            None,
        ),
        (
            "PatientAlternativeCalendar",
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
            None,
        ),
        (
            "PatientSex",
            Attribute(
                0x00100040, "CS", "1", "2", name="Patient's Sex", enumerated=((0, ("M", "F", "O")),)
            ),
            None,
        ),
        (
            "ReferencedPatientPhotoSequence",
            Attribute(0x00101100, "SQ", "1", "3", name="Referenced Patient Photo Sequence"),
            Lazy(
                "dicomodel.items.referenced_instances_and_access_item",
                "ReferencedInstancesAndAccessItem",
            ),
        ),
        (
            "QualityControlSubject",
            Attribute(
                0x00100200,
                "CS",
                "1",
                "3",
                name="Quality Control Subject",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "ReferencedPatientSequence",
            Attribute(0x00081120, "SQ", "1", "3", name="Referenced Patient Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "PatientBirthTime",
            Attribute(0x00100032, "TM", "1", "3", name="Patient's Birth Time"),
            None,
        ),
        (
            "OtherPatientIDsSequence",
            Attribute(0x00101002, "SQ", "1", "3", name="Other Patient IDs Sequence"),
            Lazy(
                "dicomodel.items.other_patient_i_ds_sequence_item_patient",
                "OtherPatientIDsSequenceItemPatient",
            ),
        ),
        (
            "OtherPatientNames",
            Attribute(0x00101001, "PN", "1-n", "3", name="Other Patient Names"),
            None,
        ),
        ("EthnicGroup", Attribute(0x00102160, "SH", "1", "3", name="Ethnic Group"), None),
        (
            "EthnicGroupCodeSequence",
            Attribute(0x00102161, "SQ", "1", "3", name="Ethnic Group Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("PatientComments", Attribute(0x00104000, "LT", "1", "3", name="Patient Comments"), None),
        (
            "PatientSpeciesDescription",
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
            None,
        ),
        (
            "PatientSpeciesCodeSequence",
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
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "PatientBreedDescription",
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
            None,
        ),
        (
            "PatientBreedCodeSequence",
            Attribute(
                0x00102293,
                "SQ",
                "1",
                "2C",
                name="Patient Breed Code Sequence",
                when=("unknown", "depends on whether the patient is a non-human organism"),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "BreedRegistrationSequence",
            Attribute(
                0x00102294,
                "SQ",
                "1",
                "2C",
                name="Breed Registration Sequence",
                when=("unknown", "depends on whether the patient is a non-human organism"),
            ),
            Lazy(
                "dicomodel.items.breed_registration_sequence_item_patient",
                "BreedRegistrationSequenceItemPatient",
            ),
        ),
        (
            "StrainDescription",
            Attribute(0x00100212, "UC", "1", "3", name="Strain Description"),
            None,
        ),
        (
            "StrainNomenclature",
            Attribute(0x00100213, "LO", "1", "3", name="Strain Nomenclature"),
            None,
        ),
        (
            "StrainCodeSequence",
            Attribute(0x00100219, "SQ", "1", "3", name="Strain Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "StrainAdditionalInformation",
            Attribute(0x00100218, "UT", "1", "3", name="Strain Additional Information"),
            None,
        ),
        (
            "StrainStockSequence",
            Attribute(0x00100216, "SQ", "1", "3", name="Strain Stock Sequence"),
            Lazy(
                "dicomodel.items.strain_stock_sequence_item_patient",
                "StrainStockSequenceItemPatient",
            ),
        ),
        (
            "GeneticModificationsSequence",
            Attribute(0x00100221, "SQ", "1", "3", name="Genetic Modifications Sequence"),
            Lazy(
                "dicomodel.items.genetic_modifications_sequence_item_patient",
                "GeneticModificationsSequenceItemPatient",
            ),
        ),
        (
            "ResponsiblePerson",
            Attribute(
                0x00102297,
                "PN",
                "1",
                "2C",
                name="Responsible Person",
                when=("unknown", "depends on whether the patient is a non-human organism"),
                otherwise="may",
            ),
            None,
        ),
        (
            "ResponsiblePersonRole",
            Attribute(
                0x00102298,
                "CS",
                "1",
                "1C",
                name="Responsible Person Role",
                when=("has_value", 0x00102297),
            ),
            None,
        ),
        (
            "ResponsibleOrganization",
            Attribute(
                0x00102299,
                "LO",
                "1",
                "2C",
                name="Responsible Organization",
                when=("unknown", "depends on whether the patient is a non-human organism"),
                otherwise="may",
            ),
            None,
        ),
        (
            "PatientIdentityRemoved",
            Attribute(
                0x00120062,
                "CS",
                "1",
                "3",
                name="Patient Identity Removed",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "DeidentificationMethod",
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
            None,
        ),
        (
            "DeidentificationMethodCodeSequence",
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
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "SourcePatientGroupIdentificationSequence",
            Attribute(
                0x00100026, "SQ", "1", "3", name="Source Patient Group Identification Sequence"
            ),
            Lazy(
                "dicomodel.items.source_patient_group_identification_sequence_item",
                "SourcePatientGroupIdentificationSequenceItem",
            ),
        ),
        (
            "GroupOfPatientsIdentificationSequence",
            Attribute(0x00100027, "SQ", "1", "3", name="Group of Patients Identification Sequence"),
            Lazy(
                "dicomodel.items.group_of_patients_identification_sequence_item",
                "GroupOfPatientsIdentificationSequenceItem",
            ),
        ),
    ),
)
