"""Presence rules of Radiopharmaceutical Usage Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RadiopharmaceuticalUsageMacro = (
    "table_C.7.6.16.2-20",
    (
        (
            "RadiopharmaceuticalUsageSequence",
            Attribute(0x00189737, "SQ", "1", "1", name="Radiopharmaceutical Usage Sequence"),
            Lazy(
                "dicomodel.items.radiopharmaceutical_usage_sequence_item",
                "RadiopharmaceuticalUsageSequenceItem",
            ),
        ),
    ),
)
