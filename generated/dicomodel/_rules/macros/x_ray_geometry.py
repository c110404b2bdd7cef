"""Presence rules of X-Ray Geometry Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayGeometryMacro = (
    "table_C.8.19.6-14",
    (
        (
            "XRayGeometrySequence",
            Attribute(0x00189476, "SQ", "1", "1", name="X-Ray Geometry Sequence"),
            Lazy("dicomodel.items.x_ray_geometry_sequence_item", "XRayGeometrySequenceItem"),
        ),
    ),
)
