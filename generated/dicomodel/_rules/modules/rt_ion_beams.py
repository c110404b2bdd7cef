"""Presence rules of RT Ion Beams Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTIonBeamsModule = (
    "table_C.8.8.25-1",
    (
        (
            "IonBeamSequence",
            Attribute(0x300A03A2, "SQ", "1", "1", name="Ion Beam Sequence"),
            Lazy("dicomodel.items.ion_beam_sequence_item", "IonBeamSequenceItem"),
        ),
    ),
)
