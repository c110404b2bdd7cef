"""Presence rules of Multi-energy CT Processing Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MultiEnergyCTProcessingMacro = (
    "table_C.8.15.3.13-1",
    (
        (
            "MultienergyCTProcessingSequence",
            Attribute(0x00189363, "SQ", "1", "3", name="Multi-energy CT Processing Sequence"),
            Lazy(
                "dicomodel.items.multienergy_ct_processing_sequence_item",
                "MultienergyCTProcessingSequenceItem",
            ),
        ),
    ),
)
