"""Presence rules of Contrast/Bolus Usage Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ContrastBolusUsageMacro = (
    "table_C.7.16-13",
    (
        (
            "ContrastBolusUsageSequence",
            Attribute(0x00189341, "SQ", "1", "1", name="Contrast/Bolus Usage Sequence"),
            Lazy(
                "dicomodel.items.contrast_bolus_usage_sequence_item",
                "ContrastBolusUsageSequenceItem",
            ),
        ),
    ),
)
