"""Presence rules of Presentation State Mask Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PresentationStateMaskModule = (
    "table_C.11.13-1",
    (
        (
            "MaskSubtractionSequence",
            Attribute(
                0x00286100,
                "SQ",
                "1",
                "1C",
                name="Mask Subtraction Sequence",
                when=("module", "Mask"),
            ),
            Lazy(
                "dicomodel.items.mask_subtraction_sequence_item_presentation_state_mask",
                "MaskSubtractionSequenceItemPresentationStateMask",
            ),
        ),
        (
            "RecommendedViewingMode",
            Attribute(
                0x00281090,
                "CS",
                "1",
                "1C",
                name="Recommended Viewing Mode",
                enumerated=((0, ("SUB",)),),
                when=("present", 0x00286100),
            ),
            None,
        ),
    ),
)
