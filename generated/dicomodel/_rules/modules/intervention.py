"""Presence rules of Intervention Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
InterventionModule = (
    "table_C.7-19",
    (
        (
            "InterventionSequence",
            Attribute(0x00180036, "SQ", "1", "3", name="Intervention Sequence"),
            Lazy("dicomodel.items.intervention_sequence_item", "InterventionSequenceItem"),
        ),
    ),
)
