"""Presence rules of MR FOV/Geometry Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRFOVGeometryMacro = (
    "table_C.8-90",
    (
        (
            "MRFOVGeometrySequence",
            Attribute(0x00189125, "SQ", "1", "1", name="MR FOV/Geometry Sequence"),
            Lazy("dicomodel.items.mrfov_geometry_sequence_item", "MRFOVGeometrySequenceItem"),
        ),
    ),
)
