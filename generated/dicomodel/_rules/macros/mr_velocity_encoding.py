"""Presence rules of MR Velocity Encoding Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRVelocityEncodingMacro = (
    "table_C.8-100",
    (
        (
            "MRVelocityEncodingSequence",
            Attribute(0x00189197, "SQ", "1", "1", name="MR Velocity Encoding Sequence"),
            Lazy(
                "dicomodel.items.mr_velocity_encoding_sequence_item",
                "MRVelocityEncodingSequenceItem",
            ),
        ),
    ),
)
