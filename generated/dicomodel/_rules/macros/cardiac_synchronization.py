"""Presence rules of Cardiac Synchronization Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CardiacSynchronizationMacro = (
    "table_C.7.6.16-8",
    (
        (
            "CardiacSynchronizationSequence",
            Attribute(0x00189118, "SQ", "1", "1", name="Cardiac Synchronization Sequence"),
            Lazy(
                "dicomodel.items.cardiac_synchronization_sequence_item",
                "CardiacSynchronizationSequenceItem",
            ),
        ),
    ),
)
