"""Presence rules of X-Ray Object Thickness Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayObjectThicknessMacro = (
    "table_C.8.19.6-7",
    (
        (
            "ObjectThicknessSequence",
            Attribute(0x00189456, "SQ", "1", "1", name="Object Thickness Sequence"),
            Lazy("dicomodel.items.object_thickness_sequence_item", "ObjectThicknessSequenceItem"),
        ),
    ),
)
