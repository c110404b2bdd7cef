"""Presence rules of Frame Extraction Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
FrameExtractionModule = (
    "table_C.12-9",
    (
        (
            "FrameExtractionSequence",
            Attribute(0x00081164, "SQ", "1", "1", name="Frame Extraction Sequence"),
            Lazy("dicomodel.items.frame_extraction_sequence_item", "FrameExtractionSequenceItem"),
        ),
    ),
)
