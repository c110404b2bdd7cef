"""Presence rules of Presentation LUT Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PresentationLUTModule = (
    "table_C.11-4",
    (
        (
            "PresentationLUTSequence",
            Attribute(0x20500010, "SQ", "1", None, name="Presentation LUT Sequence"),
            Lazy("dicomodel.items.presentation_lut_sequence_item", "PresentationLUTSequenceItem"),
        ),
        (
            "PresentationLUTShape",
            Attribute(
                0x20500020,
                "CS",
                "1",
                None,
                name="Presentation LUT Shape",
                enumerated=((0, ("IDENTITY", "LIN OD")),),
            ),
            None,
        ),
    ),
)
