"""Presence rules of RT Brachy Session Record Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTBrachySessionRecordModule = (
    "table_C.8-58",
    (
        (
            "ReferencedFractionGroupNumber",
            Attribute(0x300C0022, "IS", "1", "3", name="Referenced Fraction Group Number"),
            None,
        ),
        (
            "NumberOfFractionsPlanned",
            Attribute(0x300A0078, "IS", "1", "2", name="Number of Fractions Planned"),
            None,
        ),
        (
            "BrachyTreatmentTechnique",
            Attribute(
                0x300A0200,
                "CS",
                "1",
                "1",
                name="Brachy Treatment Technique",
                enumerated=(
                    (
                        0,
                        (
                            "INTRALUMENARY",
                            "INTRACAVITARY",
                            "INTERSTITIAL",
                            "CONTACT",
                            "INTRAVASCULAR",
                            "PERMANENT",
                        ),
                    ),
                ),
            ),
            None,
        ),
        (
            "BrachyTreatmentType",
            Attribute(0x300A0202, "CS", "1", "1", name="Brachy Treatment Type"),
            None,
        ),
        (
            "RecordedSourceSequence",
            Attribute(0x30080100, "SQ", "1", "1", name="Recorded Source Sequence"),
            Lazy("dicomodel.items.recorded_source_sequence_item", "RecordedSourceSequenceItem"),
        ),
        (
            "TreatmentSessionApplicationSetupSequence",
            Attribute(
                0x30080110, "SQ", "1", "1", name="Treatment Session Application Setup Sequence"
            ),
            Lazy(
                "dicomodel.items.treatment_session_application_setup_sequence_item",
                "TreatmentSessionApplicationSetupSequenceItem",
            ),
        ),
    ),
)
