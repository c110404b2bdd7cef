"""MR Spectroscopy FOV/Geometry Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mr_spectroscopy_fov_geometry_sequence_item import (
        MRSpectroscopyFOVGeometrySequenceItem as _MRSpectroscopyFOVGeometrySequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MRSpectroscopyFOVGeometrySequenceItem = Lazy(
        "dicomodel.items.mr_spectroscopy_fov_geometry_sequence_item",
        "MRSpectroscopyFOVGeometrySequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.mr_spectroscopy_fov_geometry_sequence_item import (
        MRSpectroscopyFOVGeometrySequenceItem as MRSpectroscopyFOVGeometrySequenceItem,
    )

__all__ = [
    "MRSpectroscopyFOVGeometryMacro",
    "MRSpectroscopyFOVGeometrySequenceItem",
]


class MRSpectroscopyFOVGeometryMacro(DicomModel):
    """MR Spectroscopy FOV/Geometry Macro Attributes (PS3.3 Table C.8-105)."""

    dicom_name: ClassVar[str] = "MR Spectroscopy FOV/Geometry"
    dicom_table: ClassVar[str] = "table_C.8-105"

    MRSpectroscopyFOVGeometrySequence: Annotated[
        list[_MRSpectroscopyFOVGeometrySequenceItem],
        Attribute(0x00189103, "SQ", "1", "1", name="MR Spectroscopy FOV/Geometry Sequence"),
    ]
    """MR Spectroscopy FOV/Geometry Sequence (0018,9103): Type 1, VR SQ, VM 1. Identifies the geometry parameters of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MRSpectroscopyFOVGeometrySequenceItem": (
        "dicomodel.items.mr_spectroscopy_fov_geometry_sequence_item",
        "MRSpectroscopyFOVGeometrySequenceItem",
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
