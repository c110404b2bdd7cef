"""Presence rules of Threshold Sequence Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ThresholdSequenceMacro = (
    "table_C.11.33.1-1",
    (
        (
            "ThresholdSequence",
            Attribute(
                0x00701B11,
                "SQ",
                "1",
                "1C",
                name="Threshold Sequence",
                when=(
                    "and",
                    ("unknown", "depends on what the presentation is to apply"),
                    ("not", ("present", 0x00283110)),
                ),
            ),
            Lazy("dicomodel.items.threshold_sequence_item", "ThresholdSequenceItem"),
        ),
    ),
)
