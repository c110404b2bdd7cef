"""Presence rules of Referenced Image Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ReferencedImageMacro = (
    "table_C.7.6.16-6",
    (
        (
            "ReferencedImageSequence",
            Attribute(0x00081140, "SQ", "1", "2", name="Referenced Image Sequence"),
            Lazy("dicomodel.items.referenced_image_sequence_item", "ReferencedImageSequenceItem"),
        ),
    ),
)
