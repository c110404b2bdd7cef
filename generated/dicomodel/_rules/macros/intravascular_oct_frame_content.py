"""Presence rules of Intravascular OCT Frame Content Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
IntravascularOCTFrameContentMacro = (
    "table_C.8.27.6.3-1",
    (
        (
            "IntravascularOCTFrameContentSequence",
            Attribute(0x00520029, "SQ", "1", "1", name="Intravascular OCT Frame Content Sequence"),
            Lazy(
                "dicomodel.items.intravascular_oct_frame_content_sequence_item",
                "IntravascularOCTFrameContentSequenceItem",
            ),
        ),
    ),
)
