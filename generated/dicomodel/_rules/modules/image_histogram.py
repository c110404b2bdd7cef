"""Presence rules of Image Histogram Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ImageHistogramModule = (
    "table_C.11.5-1",
    (
        (
            "HistogramSequence",
            Attribute(0x00603000, "SQ", "1", "1", name="Histogram Sequence"),
            Lazy("dicomodel.items.histogram_sequence_item", "HistogramSequenceItem"),
        ),
    ),
)
