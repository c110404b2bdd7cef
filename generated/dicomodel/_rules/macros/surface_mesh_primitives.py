"""Presence rules of Surface Mesh Primitives Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SurfaceMeshPrimitivesMacro = (
    "table_C.27-4",
    (
        (
            "LongVertexPointIndexList",
            Attribute(0x00660043, "OL", "1", "2", name="Long Vertex Point Index List"),
            None,
        ),
        (
            "LongEdgePointIndexList",
            Attribute(0x00660042, "OL", "1", "2", name="Long Edge Point Index List"),
            None,
        ),
        (
            "LongTrianglePointIndexList",
            Attribute(0x00660041, "OL", "1", "2", name="Long Triangle Point Index List"),
            None,
        ),
        (
            "TriangleStripSequence",
            Attribute(0x00660026, "SQ", "1", "2", name="Triangle Strip Sequence"),
            Lazy("dicomodel.items.triangle_strip_sequence_item", "TriangleStripSequenceItem"),
        ),
        (
            "TriangleFanSequence",
            Attribute(0x00660027, "SQ", "1", "2", name="Triangle Fan Sequence"),
            Lazy("dicomodel.items.triangle_strip_sequence_item", "TriangleStripSequenceItem"),
        ),
        (
            "LineSequence",
            Attribute(0x00660028, "SQ", "1", "2", name="Line Sequence"),
            Lazy("dicomodel.items.triangle_strip_sequence_item", "TriangleStripSequenceItem"),
        ),
        (
            "FacetSequence",
            Attribute(0x00660034, "SQ", "1", "2", name="Facet Sequence"),
            Lazy("dicomodel.items.triangle_strip_sequence_item", "TriangleStripSequenceItem"),
        ),
    ),
)
