"""Presence rules of CT Reconstruction Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CTReconstructionMacro = (
    "table_C.8-123",
    (
        (
            "CTReconstructionSequence",
            Attribute(0x00189314, "SQ", "1", "1", name="CT Reconstruction Sequence"),
            Lazy("dicomodel.items.ct_reconstruction_sequence_item", "CTReconstructionSequenceItem"),
        ),
    ),
)
