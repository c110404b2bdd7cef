"""Presence rules of Multi-energy CT X-Ray Source Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MultiEnergyCTXRaySourceMacro = (
    "table_C.8.2.2-2",
    (
        (
            "MultienergyCTXRaySourceSequence",
            Attribute(0x00189365, "SQ", "1", "1", name="Multi-energy CT X-Ray Source Sequence"),
            Lazy(
                "dicomodel.items.multienergy_ctx_ray_source_sequence_item",
                "MultienergyCTXRaySourceSequenceItem",
            ),
        ),
    ),
)
