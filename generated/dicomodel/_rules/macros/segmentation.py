"""Presence rules of Segmentation Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SegmentationMacro = (
    "table_C.8.20-3",
    (
        (
            "SegmentIdentificationSequence",
            Attribute(0x0062000A, "SQ", "1", "1", name="Segment Identification Sequence"),
            Lazy(
                "dicomodel.items.segment_identification_sequence_item",
                "SegmentIdentificationSequenceItem",
            ),
        ),
    ),
)
