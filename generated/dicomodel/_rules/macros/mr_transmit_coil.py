"""Presence rules of MR Transmit Coil Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRTransmitCoilMacro = (
    "table_C.8-95",
    (
        (
            "MRTransmitCoilSequence",
            Attribute(0x00189049, "SQ", "1", "1", name="MR Transmit Coil Sequence"),
            Lazy("dicomodel.items.mr_transmit_coil_sequence_item", "MRTransmitCoilSequenceItem"),
        ),
    ),
)
