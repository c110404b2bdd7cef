"""Presence rules of Excluded Intervals Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ExcludedIntervalsModule = (
    "table_C.8.24.5-1",
    (
        (
            "ExcludedIntervalsSequence",
            Attribute(
                0x00189803,
                "SQ",
                "1",
                "1C",
                name="Excluded Intervals Sequence",
                when=("unknown", "names no attribute: one or more intervals was excluded"),
            ),
            Lazy(
                "dicomodel.items.excluded_intervals_sequence_item", "ExcludedIntervalsSequenceItem"
            ),
        ),
    ),
)
