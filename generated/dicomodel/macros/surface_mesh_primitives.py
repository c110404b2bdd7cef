"""Surface Mesh Primitives Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.triangle_strip_sequence_item import (
        TriangleStripSequenceItem as _TriangleStripSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _TriangleStripSequenceItem = Lazy(
        "dicomodel.items.triangle_strip_sequence_item", "TriangleStripSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.triangle_strip_sequence_item import (
        TriangleStripSequenceItem as FacetSequenceItem,
    )
    from dicomodel.items.triangle_strip_sequence_item import (
        TriangleStripSequenceItem as LineSequenceItem,
    )
    from dicomodel.items.triangle_strip_sequence_item import (
        TriangleStripSequenceItem as TriangleFanSequenceItem,
    )
    from dicomodel.items.triangle_strip_sequence_item import (
        TriangleStripSequenceItem as TriangleStripSequenceItem,
    )

__all__ = [
    "FacetSequenceItem",
    "LineSequenceItem",
    "SurfaceMeshPrimitivesMacro",
    "TriangleFanSequenceItem",
    "TriangleStripSequenceItem",
]


class SurfaceMeshPrimitivesMacro(DicomModel):
    """Surface Mesh Primitives Macro Attributes (PS3.3 Table C.27-4)."""

    dicom_name: ClassVar[str] = "Surface Mesh Primitives"
    dicom_table: ClassVar[str] = "table_C.27-4"

    LongVertexPointIndexList: Annotated[
        vr.OL | None, Attribute(0x00660043, "OL", "1", "2", name="Long Vertex Point Index List")
    ]
    """Long Vertex Point Index List (0066,0043): Type 2, VR OL, VM 1. A list of point indices. Contains n point indices describing Vertices. See Section C.27.4.1."""

    LongEdgePointIndexList: Annotated[
        vr.OL | None, Attribute(0x00660042, "OL", "1", "2", name="Long Edge Point Index List")
    ]
    """Long Edge Point Index List (0066,0042): Type 2, VR OL, VM 1. A list of point indices. Contains 2n point indices describing unconnected Edges. See Section C.27.4.1."""

    LongTrianglePointIndexList: Annotated[
        vr.OL | None, Attribute(0x00660041, "OL", "1", "2", name="Long Triangle Point Index List")
    ]
    """Long Triangle Point Index List (0066,0041): Type 2, VR OL, VM 1. A list of point indices. Contains 3n point indices describing unconnected Triangles. See Section C.27.4.1."""

    TriangleStripSequence: Annotated[
        list[_TriangleStripSequenceItem] | None,
        Attribute(0x00660026, "SQ", "1", "2", name="Triangle Strip Sequence"),
    ]
    """Triangle Strip Sequence (0066,0026): Type 2, VR SQ, VM 1. All Triangle Strips in this Surface. Zero or more Items shall be included in this Sequence."""

    TriangleFanSequence: Annotated[
        list[_TriangleStripSequenceItem] | None,
        Attribute(0x00660027, "SQ", "1", "2", name="Triangle Fan Sequence"),
    ]
    """Triangle Fan Sequence (0066,0027): Type 2, VR SQ, VM 1. All Triangle Fans in this Surface. Zero or more Items shall be included in this Sequence."""

    LineSequence: Annotated[
        list[_TriangleStripSequenceItem] | None,
        Attribute(0x00660028, "SQ", "1", "2", name="Line Sequence"),
    ]
    """Line Sequence (0066,0028): Type 2, VR SQ, VM 1. All Lines in this Surface. Zero or more Items shall be included in this Sequence."""

    FacetSequence: Annotated[
        list[_TriangleStripSequenceItem] | None,
        Attribute(0x00660034, "SQ", "1", "2", name="Facet Sequence"),
    ]
    """Facet Sequence (0066,0034): Type 2, VR SQ, VM 1. All Facets in this Surface. Each Item describes one facet. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FacetSequenceItem": (
        "dicomodel.items.triangle_strip_sequence_item",
        "TriangleStripSequenceItem",
    ),
    "LineSequenceItem": (
        "dicomodel.items.triangle_strip_sequence_item",
        "TriangleStripSequenceItem",
    ),
    "TriangleFanSequenceItem": (
        "dicomodel.items.triangle_strip_sequence_item",
        "TriangleStripSequenceItem",
    ),
    "TriangleStripSequenceItem": (
        "dicomodel.items.triangle_strip_sequence_item",
        "TriangleStripSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
