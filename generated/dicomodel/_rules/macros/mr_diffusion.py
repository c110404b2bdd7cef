"""Presence rules of MR Diffusion Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRDiffusionMacro = (
    "table_C.8-96",
    (
        (
            "MRDiffusionSequence",
            Attribute(0x00189117, "SQ", "1", "1", name="MR Diffusion Sequence"),
            Lazy("dicomodel.items.mr_diffusion_sequence_item", "MRDiffusionSequenceItem"),
        ),
    ),
)
