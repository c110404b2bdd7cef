"""Presence rules of Presentation State Relationship Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PresentationStateRelationshipMacro = (
    "table_C.11.11-1b",
    (
        (
            "ReferencedSeriesSequence",
            Attribute(0x00081115, "SQ", "1", "1", name="Referenced Series Sequence"),
            Lazy(
                "dicomodel.items.referenced_series_sequence_item_presentation_state_relationship",
                "ReferencedSeriesSequenceItemPresentationStateRelationship",
            ),
        ),
    ),
)
