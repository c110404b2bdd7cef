"""Presence rules of Performed XA Reconstruction Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PerformedXAReconstructionModule = (
    "table_C.34.18-1",
    (
        (
            "ReconstructionProtocolElementSequence",
            Attribute(0x00189934, "SQ", "1", "1", name="Reconstruction Protocol Element Sequence"),
            Lazy(
                "dicomodel.items.reconstruction_protocol_element_sequence_item_performed_xa_reconstruction",
                "ReconstructionProtocolElementSequenceItemPerformedXAReconstruction",
            ),
        ),
    ),
)
