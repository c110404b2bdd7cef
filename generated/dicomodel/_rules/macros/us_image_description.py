"""Presence rules of US Image Description Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
USImageDescriptionMacro = (
    "table_C.8.24.6.1-1",
    (
        (
            "USImageDescriptionSequence",
            Attribute(0x00189806, "SQ", "1", "1", name="US Image Description Sequence"),
            Lazy(
                "dicomodel.items.us_image_description_sequence_item",
                "USImageDescriptionSequenceItem",
            ),
        ),
    ),
)
