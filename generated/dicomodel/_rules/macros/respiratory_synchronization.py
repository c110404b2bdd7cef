"""Presence rules of Respiratory Synchronization Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RespiratorySynchronizationMacro = (
    "table_C.7.6.16-18",
    (
        (
            "RespiratorySynchronizationSequence",
            Attribute(0x00209253, "SQ", "1", "1", name="Respiratory Synchronization Sequence"),
            Lazy(
                "dicomodel.items.respiratory_synchronization_sequence_item",
                "RespiratorySynchronizationSequenceItem",
            ),
        ),
    ),
)
