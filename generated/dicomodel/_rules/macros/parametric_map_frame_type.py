"""Presence rules of Parametric Map Frame Type Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ParametricMapFrameTypeMacro = (
    "table_PS3.3_C.8.32-3",
    (
        (
            "ParametricMapFrameTypeSequence",
            Attribute(0x00409092, "SQ", "1", "1", name="Parametric Map Frame Type Sequence"),
            Lazy(
                "dicomodel.items.parametric_map_frame_type_sequence_item",
                "ParametricMapFrameTypeSequenceItem",
            ),
        ),
    ),
)
