"""Presence rules of CT Additional X-Ray Source Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CTAdditionalXRaySourceMacro = (
    "table_C.8-126b",
    (
        (
            "CTAdditionalXRaySourceSequence",
            Attribute(0x00189360, "SQ", "1", "1", name="CT Additional X-Ray Source Sequence"),
            Lazy(
                "dicomodel.items.ct_additional_x_ray_source_sequence_item",
                "CTAdditionalXRaySourceSequenceItem",
            ),
        ),
    ),
)
