"""Presence rules of Intravascular Frame Content Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
IntravascularFrameContentMacro = (
    "table_C.8.27.6.2-1",
    (
        (
            "IntravascularFrameContentSequence",
            Attribute(0x00520027, "SQ", "1", "1", name="Intravascular Frame Content Sequence"),
            Lazy(
                "dicomodel.items.intravascular_frame_content_sequence_item",
                "IntravascularFrameContentSequenceItem",
            ),
        ),
    ),
)
