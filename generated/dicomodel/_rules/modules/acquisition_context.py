"""Presence rules of Acquisition Context Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
AcquisitionContextModule = (
    "table_C.7.6.14-1",
    (
        (
            "AcquisitionContextSequence",
            Attribute(0x00400555, "SQ", "1", "2", name="Acquisition Context Sequence"),
            Lazy("dicomodel.items.protocol_context_sequence_item", "ProtocolContextSequenceItem"),
        ),
        (
            "AcquisitionContextDescription",
            Attribute(0x00400556, "ST", "1", "3", name="Acquisition Context Description"),
            None,
        ),
    ),
)
