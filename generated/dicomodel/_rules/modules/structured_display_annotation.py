"""Presence rules of Structured Display Annotation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
StructuredDisplayAnnotationModule = (
    "table_C.11.18-1",
    (
        (
            "StructuredDisplayTextBoxSequence",
            Attribute(0x00720424, "SQ", "1", "1", name="Structured Display Text Box Sequence"),
            Lazy(
                "dicomodel.items.structured_display_text_box_sequence_item",
                "StructuredDisplayTextBoxSequenceItem",
            ),
        ),
    ),
)
