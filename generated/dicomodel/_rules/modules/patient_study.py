"""Presence rules of Patient Study Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientStudyModule = (
    "table_C.7-4a",
    (
        (
            "AdmittingDiagnosesDescription",
            Attribute(0x00081080, "LO", "1-n", "3", name="Admitting Diagnoses Description"),
            None,
        ),
        (
            "AdmittingDiagnosesCodeSequence",
            Attribute(0x00081084, "SQ", "1", "3", name="Admitting Diagnoses Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("PatientAge", Attribute(0x00101010, "AS", "1", "3", name="Patient's Age"), None),
        ("PatientSize", Attribute(0x00101020, "DS", "1", "3", name="Patient's Size"), None),
        ("PatientWeight", Attribute(0x00101030, "DS", "1", "3", name="Patient's Weight"), None),
        (
            "PatientBodyMassIndex",
            Attribute(0x00101022, "DS", "1", "3", name="Patient's Body Mass Index"),
            None,
        ),
        (
            "MeasuredAPDimension",
            Attribute(0x00101023, "DS", "1", "3", name="Measured AP Dimension"),
            None,
        ),
        (
            "MeasuredLateralDimension",
            Attribute(0x00101024, "DS", "1", "3", name="Measured Lateral Dimension"),
            None,
        ),
        (
            "PatientSizeCodeSequence",
            Attribute(0x00101021, "SQ", "1", "3", name="Patient's Size Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("MedicalAlerts", Attribute(0x00102000, "LO", "1-n", "3", name="Medical Alerts"), None),
        ("Allergies", Attribute(0x00102110, "LO", "1-n", "3", name="Allergies"), None),
        (
            "SmokingStatus",
            Attribute(
                0x001021A0,
                "CS",
                "1",
                "3",
                name="Smoking Status",
                enumerated=((0, ("YES", "NO", "UNKNOWN")),),
            ),
            None,
        ),
        (
            "PregnancyStatus",
            Attribute(
                0x001021C0,
                "US",
                "1",
                "3",
                name="Pregnancy Status",
                enumerated=((0, ("0001", "0002", "0003", "0004")),),
            ),
            None,
        ),
        (
            "LastMenstrualDate",
            Attribute(0x001021D0, "DA", "1", "3", name="Last Menstrual Date"),
            None,
        ),
        ("PatientState", Attribute(0x00380500, "LO", "1", "3", name="Patient State"), None),
        ("Occupation", Attribute(0x00102180, "SH", "1", "3", name="Occupation"), None),
        (
            "AdditionalPatientHistory",
            Attribute(0x001021B0, "LT", "1", "3", name="Additional Patient History"),
            None,
        ),
        ("AdmissionID", Attribute(0x00380010, "LO", "1", "3", name="Admission ID"), None),
        (
            "IssuerOfAdmissionIDSequence",
            Attribute(0x00380014, "SQ", "1", "3", name="Issuer of Admission ID Sequence"),
            Lazy(
                "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
            ),
        ),
        ("ReasonForVisit", Attribute(0x00321066, "UT", "1", "3", name="Reason for Visit"), None),
        (
            "ReasonForVisitCodeSequence",
            Attribute(0x00321067, "SQ", "1", "3", name="Reason for Visit Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ServiceEpisodeID",
            Attribute(0x00380060, "LO", "1", "3", name="Service Episode ID"),
            None,
        ),
        (
            "IssuerOfServiceEpisodeIDSequence",
            Attribute(0x00380064, "SQ", "1", "3", name="Issuer of Service Episode ID Sequence"),
            Lazy(
                "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
            ),
        ),
        (
            "ServiceEpisodeDescription",
            Attribute(0x00380062, "LO", "1", "3", name="Service Episode Description"),
            None,
        ),
        (
            "PatientSexNeutered",
            Attribute(
                0x00102203,
                "CS",
                "1",
                "2C",
                name="Patient's Sex Neutered",
                enumerated=((0, ("ALTERED", "UNALTERED")),),
                when=("unknown", "depends on whether the patient is a non-human organism"),
                otherwise="may",
            ),
            None,
        ),
    ),
)
