"""Presence rules of Point Cloud Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PointCloudModule = (
    "table_C.27.5-1",
    (
        (
            "SurfacePointsSequence",
            Attribute(0x00660011, "SQ", "1", "1", name="Surface Points Sequence"),
            Lazy("dicomodel.items.surface_points_sequence_item", "SurfacePointsSequenceItem"),
        ),
        (
            "SurfacePointPresentationValueData",
            Attribute(0x00800006, "US", "1-n", "3", name="Surface Point Presentation Value Data"),
            None,
        ),
        (
            "SurfacePointColorCIELabValueData",
            Attribute(0x00800007, "US", "3-3n", "3", name="Surface Point Color CIELab Value Data"),
            None,
        ),
    ),
)
