"""Presence rules of Graphic Annotation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GraphicAnnotationModule = (
    "table_C.10-5",
    (
        (
            "GraphicAnnotationSequence",
            Attribute(0x00700001, "SQ", "1", "1", name="Graphic Annotation Sequence"),
            Lazy(
                "dicomodel.items.graphic_annotation_sequence_item", "GraphicAnnotationSequenceItem"
            ),
        ),
    ),
)
