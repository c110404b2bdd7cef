"""Presence rules of CT Geometry Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CTGeometryMacro = (
    "table_C.8-122",
    (
        (
            "CTGeometrySequence",
            Attribute(0x00189312, "SQ", "1", "1", name="CT Geometry Sequence"),
            Lazy("dicomodel.items.ct_geometry_sequence_item", "CTGeometrySequenceItem"),
        ),
    ),
)
