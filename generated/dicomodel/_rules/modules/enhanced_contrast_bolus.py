"""Presence rules of Enhanced Contrast/Bolus Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EnhancedContrastBolusModule = (
    "table_C.7-12b",
    (
        (
            "ContrastBolusAgentSequence",
            Attribute(0x00180012, "SQ", "1", "1", name="Contrast/Bolus Agent Sequence"),
            Lazy(
                "dicomodel.items.contrast_bolus_agent_sequence_item",
                "ContrastBolusAgentSequenceItem",
            ),
        ),
    ),
)
