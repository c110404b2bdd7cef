"""Presence rules of Advanced Blending Presentation State Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
AdvancedBlendingPresentationStateModule = (
    "table_C.11.33-1",
    (
        (
            "AdvancedBlendingSequence",
            Attribute(0x00701B01, "SQ", "1", "1", name="Advanced Blending Sequence"),
            Lazy("dicomodel.items.advanced_blending_sequence_item", "AdvancedBlendingSequenceItem"),
        ),
    ),
)
