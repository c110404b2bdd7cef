"""Presence rules of Frame Usefulness Functional Group Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
FrameUsefulnessFunctionalGroupMacro = (
    "table_C.7.6.16.2.27-1",
    (
        (
            "FrameUsefulnessGroupSequence",
            Attribute(0x00340009, "SQ", "1", "1", name="Frame Usefulness Group Sequence"),
            Lazy(
                "dicomodel.items.frame_usefulness_group_sequence_item",
                "FrameUsefulnessGroupSequenceItem",
            ),
        ),
    ),
)
