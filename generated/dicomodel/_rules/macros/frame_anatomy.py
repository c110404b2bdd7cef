"""Presence rules of Frame Anatomy Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
FrameAnatomyMacro = (
    "table_C.7.6.16-9",
    (
        (
            "FrameAnatomySequence",
            Attribute(0x00209071, "SQ", "1", "1", name="Frame Anatomy Sequence"),
            Lazy("dicomodel.items.frame_anatomy_sequence_item", "FrameAnatomySequenceItem"),
        ),
    ),
)
