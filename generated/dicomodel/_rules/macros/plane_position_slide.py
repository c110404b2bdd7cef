"""Presence rules of Plane Position (Slide) Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PlanePositionSlideMacro = (
    "table_C.8.12.6.1-1",
    (
        (
            "PlanePositionSlideSequence",
            Attribute(0x0048021A, "SQ", "1", "1", name="Plane Position (Slide) Sequence"),
            Lazy(
                "dicomodel.items.plane_position_slide_sequence_item",
                "PlanePositionSlideSequenceItem",
            ),
        ),
    ),
)
