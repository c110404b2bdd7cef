"""Presence rules of RT Ion Beams Session Record Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTIonBeamsSessionRecordModule = (
    "table_C.8.8.26-1",
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
            "PrimaryDosimeterUnit",
            Attribute(
                0x300A00B3,
                "CS",
                "1",
                "1",
                name="Primary Dosimeter Unit",
                enumerated=((0, ("MU", "NP")),),
            ),
            None,
        ),
        (
            "TreatmentSessionIonBeamSequence",
            Attribute(0x30080021, "SQ", "1", "1", name="Treatment Session Ion Beam Sequence"),
            Lazy(
                "dicomodel.items.treatment_session_ion_beam_sequence_item",
                "TreatmentSessionIonBeamSequenceItem",
            ),
        ),
    ),
)
