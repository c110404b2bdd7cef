"""Presence rules of Variable Modality LUT Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VariableModalityLUTModule = (
    "table_C.11.35-1",
    (
        (
            "VariableModalityLUTSequence",
            Attribute(0x00283001, "SQ", "1", "1", name="Variable Modality LUT Sequence"),
            Lazy(
                "dicomodel.items.variable_modality_lut_sequence_item",
                "VariableModalityLUTSequenceItem",
            ),
        ),
    ),
)
