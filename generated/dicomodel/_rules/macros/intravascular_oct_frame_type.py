"""Presence rules of Intravascular OCT Frame Type Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
IntravascularOCTFrameTypeMacro = (
    "table_C.8.27.6.1-1",
    (
        (
            "IntravascularOCTFrameTypeSequence",
            Attribute(0x00520025, "SQ", "1", "1", name="Intravascular OCT Frame Type Sequence"),
            Lazy(
                "dicomodel.items.intravascular_oct_frame_type_sequence_item",
                "IntravascularOCTFrameTypeSequenceItem",
            ),
        ),
    ),
)
