"""Presence rules of Table Summary Statistics Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
TableSummaryStatisticsMacro = (
    "table_C.8.33-3",
    (
        (
            "ConceptNameCodeSequence",
            Attribute(0x0040A043, "SQ", "1", "1", name="Concept Name Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ModifierCodeSequence",
            Attribute(0x0040A195, "SQ", "1", "1", name="Modifier Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "MeasurementUnitsCodeSequence",
            Attribute(0x004008EA, "SQ", "1", "1", name="Measurement Units Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "FloatingPointValue",
            Attribute(0x0040A161, "FD", "1-n", "1", name="Floating Point Value"),
            None,
        ),
    ),
)
