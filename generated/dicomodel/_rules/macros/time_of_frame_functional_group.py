"""Presence rules of Time of Frame Functional Group Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
TimeOfFrameFunctionalGroupMacro = (
    "table_C.7.6.16.2.29-1",
    (
        (
            "TimeOfFrameGroupSequence",
            Attribute(0x0034000D, "SQ", "1", "1", name="Time of Frame Group Sequence"),
            Lazy(
                "dicomodel.items.time_of_frame_group_sequence_item", "TimeOfFrameGroupSequenceItem"
            ),
        ),
    ),
)
