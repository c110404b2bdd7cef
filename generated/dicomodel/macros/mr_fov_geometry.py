"""MR FOV/Geometry Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mrfov_geometry_sequence_item import (
        MRFOVGeometrySequenceItem as _MRFOVGeometrySequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MRFOVGeometrySequenceItem = Lazy(
        "dicomodel.items.mrfov_geometry_sequence_item", "MRFOVGeometrySequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.in_plane_phase_encoding_direction import (
        InPlanePhaseEncodingDirection as InPlanePhaseEncodingDirection,
    )
    from dicomodel.items.mrfov_geometry_sequence_item import (
        MRFOVGeometrySequenceItem as MRFOVGeometrySequenceItem,
    )

__all__ = [
    "InPlanePhaseEncodingDirection",
    "MRFOVGeometryMacro",
    "MRFOVGeometrySequenceItem",
]


class MRFOVGeometryMacro(DicomModel):
    """MR FOV/Geometry Macro Attributes (PS3.3 Table C.8-90)."""

    dicom_name: ClassVar[str] = "MR FOV/Geometry"
    dicom_table: ClassVar[str] = "table_C.8-90"

    MRFOVGeometrySequence: Annotated[
        list[_MRFOVGeometrySequenceItem],
        Attribute(0x00189125, "SQ", "1", "1", name="MR FOV/Geometry Sequence"),
    ]
    """MR FOV/Geometry Sequence (0018,9125): Type 1, VR SQ, VM 1. Identifies the geometry parameters of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "InPlanePhaseEncodingDirection": (
        "dicomodel.enums.in_plane_phase_encoding_direction",
        "InPlanePhaseEncodingDirection",
    ),
    "MRFOVGeometrySequenceItem": (
        "dicomodel.items.mrfov_geometry_sequence_item",
        "MRFOVGeometrySequenceItem",
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
