"""Presence rules of CT X-Ray Details Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CTXRayDetailsMacro = (
    "table_C.8-125",
    (
        (
            "CTXRayDetailsSequence",
            Attribute(0x00189325, "SQ", "1", "1", name="CT X-Ray Details Sequence"),
            Lazy("dicomodel.items.ctx_ray_details_sequence_item", "CTXRayDetailsSequenceItem"),
        ),
    ),
)
