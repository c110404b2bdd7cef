"""Presence rules of Surface Mesh Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SurfaceMeshModule = (
    "table_C.27-1",
    (
        (
            "NumberOfSurfaces",
            Attribute(0x00660001, "UL", "1", "1", name="Number of Surfaces"),
            None,
        ),
        (
            "SurfaceSequence",
            Attribute(0x00660002, "SQ", "1", "1", name="Surface Sequence"),
            Lazy("dicomodel.items.surface_sequence_item", "SurfaceSequenceItem"),
        ),
    ),
)
