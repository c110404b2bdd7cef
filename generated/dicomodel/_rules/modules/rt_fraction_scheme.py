"""Presence rules of RT Fraction Scheme Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTFractionSchemeModule = (
    "table_C.8-49",
    (
        (
            "FractionGroupSequence",
            Attribute(0x300A0070, "SQ", "1", "1", name="Fraction Group Sequence"),
            Lazy("dicomodel.items.fraction_group_sequence_item", "FractionGroupSequenceItem"),
        ),
    ),
)
