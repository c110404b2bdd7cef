"""Presence rules of Advanced Blending Presentation State Display Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
AdvancedBlendingPresentationStateDisplayModule = (
    "table_C.11.34.1-1",
    (
        (
            "PixelPresentation",
            Attribute(
                0x00089205,
                "CS",
                "1",
                "1",
                name="Pixel Presentation",
                enumerated=((0, ("TRUE_COLOR",)),),
            ),
            None,
        ),
        (
            "BlendingDisplaySequence",
            Attribute(0x00701B04, "SQ", "1", "1", name="Blending Display Sequence"),
            Lazy("dicomodel.items.blending_display_sequence_item", "BlendingDisplaySequenceItem"),
        ),
    ),
)
