"""Presence rules of NM Phase Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
NMPhaseModule = (
    "table_C.8-14",
    (
        (
            "PhaseInformationSequence",
            Attribute(
                0x00540032,
                "SQ",
                "1",
                "2C",
                name="Phase Information Sequence",
                when=("value", 0x00280009, 0, "in", (5505072,)),
            ),
            Lazy("dicomodel.items.phase_information_sequence_item", "PhaseInformationSequenceItem"),
        ),
    ),
)
