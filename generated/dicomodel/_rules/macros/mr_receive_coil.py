"""Presence rules of MR Receive Coil Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRReceiveCoilMacro = (
    "table_C.8-94",
    (
        (
            "MRReceiveCoilSequence",
            Attribute(0x00189042, "SQ", "1", "1", name="MR Receive Coil Sequence"),
            Lazy("dicomodel.items.mr_receive_coil_sequence_item", "MRReceiveCoilSequenceItem"),
        ),
    ),
)
