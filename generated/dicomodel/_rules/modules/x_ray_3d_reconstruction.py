"""Presence rules of X-Ray 3D Reconstruction Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRay3DReconstructionModule = (
    "table_C.8.21.4-1",
    (
        (
            "XRay3DReconstructionSequence",
            Attribute(0x00189530, "SQ", "1", "1", name="X-Ray 3D Reconstruction Sequence"),
            Lazy(
                "dicomodel.items.x_ray3_d_reconstruction_sequence_item",
                "XRay3DReconstructionSequenceItem",
            ),
        ),
    ),
)
