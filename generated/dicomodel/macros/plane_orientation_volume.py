"""Plane Orientation (Volume) Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.plane_orientation_volume_sequence_item import (
        PlaneOrientationVolumeSequenceItem as _PlaneOrientationVolumeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PlaneOrientationVolumeSequenceItem = Lazy(
        "dicomodel.items.plane_orientation_volume_sequence_item",
        "PlaneOrientationVolumeSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.plane_orientation_volume_sequence_item import (
        PlaneOrientationVolumeSequenceItem as PlaneOrientationVolumeSequenceItem,
    )

__all__ = [
    "PlaneOrientationVolumeMacro",
    "PlaneOrientationVolumeSequenceItem",
]


class PlaneOrientationVolumeMacro(DicomModel):
    """Plane Orientation (Volume) Macro Attributes (PS3.3 Table C.7.6.16.2.22-1)."""

    dicom_name: ClassVar[str] = "Plane Orientation (Volume)"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.22-1"

    PlaneOrientationVolumeSequence: Annotated[
        list[_PlaneOrientationVolumeSequenceItem],
        Attribute(0x0020930F, "SQ", "1", "1", name="Plane Orientation (Volume) Sequence"),
    ]
    """Plane Orientation (Volume) Sequence (0020,930F): Type 1, VR SQ, VM 1. Identifies orientation of the plane of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PlaneOrientationVolumeSequenceItem": (
        "dicomodel.items.plane_orientation_volume_sequence_item",
        "PlaneOrientationVolumeSequenceItem",
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
