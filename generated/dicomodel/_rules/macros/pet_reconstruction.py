"""Presence rules of PET Reconstruction Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PETReconstructionMacro = (
    "table_C.8.22-17",
    (
        (
            "PETReconstructionSequence",
            Attribute(0x00189749, "SQ", "1", "1", name="PET Reconstruction Sequence"),
            Lazy(
                "dicomodel.items.pet_reconstruction_sequence_item", "PETReconstructionSequenceItem"
            ),
        ),
    ),
)
