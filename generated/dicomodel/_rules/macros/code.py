"""Presence rules of Code Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CodeMacro = (
    "table_C.18.2-1",
    (
        (
            "ConceptCodeSequence",
            Attribute(0x0040A168, "SQ", "1", "1", name="Concept Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
