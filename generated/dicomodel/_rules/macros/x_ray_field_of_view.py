"""Presence rules of X-Ray Field of View Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayFieldOfViewMacro = (
    "table_C.8.19.6-2",
    (
        (
            "FieldOfViewSequence",
            Attribute(0x00189432, "SQ", "1", "1", name="Field of View Sequence"),
            Lazy("dicomodel.items.field_of_view_sequence_item", "FieldOfViewSequenceItem"),
        ),
    ),
)
