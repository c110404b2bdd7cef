"""Presence rules of Functional MR Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
FunctionalMRMacro = (
    "table_C.8-100c",
    (
        (
            "FunctionalMRSequence",
            Attribute(0x00189621, "SQ", "1", "1", name="Functional MR Sequence"),
            Lazy("dicomodel.items.functional_mr_sequence_item", "FunctionalMRSequenceItem"),
        ),
    ),
)
