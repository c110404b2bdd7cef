"""Presence rules of Frame Pixel Shift Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
FramePixelShiftMacro = (
    "table_C.7.6.16-15",
    (
        (
            "FramePixelShiftSequence",
            Attribute(0x00289415, "SQ", "1", "1", name="Frame Pixel Shift Sequence"),
            Lazy("dicomodel.items.frame_pixel_shift_sequence_item", "FramePixelShiftSequenceItem"),
        ),
    ),
)
