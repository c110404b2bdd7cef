"""Presence rules of Patient Medical Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientMedicalModule = (
    "table_C.2-4",
    (
        ("MedicalAlerts", Attribute(0x00102000, "LO", "1-n", None, name="Medical Alerts"), None),
        ("Allergies", Attribute(0x00102110, "LO", "1-n", None, name="Allergies"), None),
        (
            "SmokingStatus",
            Attribute(
                0x001021A0,
                "CS",
                "1",
                None,
                name="Smoking Status",
                enumerated=((0, ("YES", "NO", "UNKNOWN")),),
            ),
            None,
        ),
        (
            "AdditionalPatientHistory",
            Attribute(0x001021B0, "LT", "1", None, name="Additional Patient History"),
            None,
        ),
        (
            "PregnancyStatus",
            Attribute(
                0x001021C0,
                "US",
                "1",
                None,
                name="Pregnancy Status",
                enumerated=((0, ("0001", "0002", "0003", "0004")),),
            ),
            None,
        ),
        (
            "LastMenstrualDate",
            Attribute(0x001021D0, "DA", "1", None, name="Last Menstrual Date"),
            None,
        ),
        (
            "PatientSexNeutered",
            Attribute(
                0x00102203,
                "CS",
                "1",
                None,
                name="Patient's Sex Neutered",
                enumerated=((0, ("ALTERED", "UNALTERED")),),
            ),
            None,
        ),
        (
            "PatientBodyMassIndex",
            Attribute(0x00101022, "DS", "1", None, name="Patient's Body Mass Index"),
            None,
        ),
        (
            "MeasuredAPDimension",
            Attribute(0x00101023, "DS", "1", None, name="Measured AP Dimension"),
            None,
        ),
        (
            "MeasuredLateralDimension",
            Attribute(0x00101024, "DS", "1", None, name="Measured Lateral Dimension"),
            None,
        ),
        ("SpecialNeeds", Attribute(0x00380050, "LO", "1", None, name="Special Needs"), None),
        ("PatientState", Attribute(0x00380500, "LO", "1", None, name="Patient State"), None),
        (
            "PertinentDocumentsSequence",
            Attribute(0x00380100, "SQ", "1", None, name="Pertinent Documents Sequence"),
            Lazy(
                "dicomodel.items.pertinent_documents_sequence_item_patient_medical",
                "PertinentDocumentsSequenceItemPatientMedical",
            ),
        ),
        (
            "PertinentResourcesSequence",
            Attribute(0x00380101, "SQ", "1", None, name="Pertinent Resources Sequence"),
            Lazy(
                "dicomodel.items.pertinent_resources_sequence_item",
                "PertinentResourcesSequenceItem",
            ),
        ),
        (
            "PatientClinicalTrialParticipationSequence",
            Attribute(
                0x00380502, "SQ", "1", None, name="Patient Clinical Trial Participation Sequence"
            ),
            Lazy(
                "dicomodel.items.patient_clinical_trial_participation_sequence_item",
                "PatientClinicalTrialParticipationSequenceItem",
            ),
        ),
    ),
)
