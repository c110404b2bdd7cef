"""Presence rules of X-Ray Filter Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayFilterMacro = (
    "table_C.8.31.8-1",
    (
        (
            "XRayFilterSequence",
            Attribute(0x00189556, "SQ", "1", "1", name="X-Ray Filter Sequence"),
            Lazy("dicomodel.items.x_ray_filtration_item", "XRayFiltrationItem"),
        ),
    ),
)
