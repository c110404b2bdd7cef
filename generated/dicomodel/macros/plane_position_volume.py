"""Plane Position (Volume) Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.plane_position_volume_sequence_item import (
        PlanePositionVolumeSequenceItem as _PlanePositionVolumeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PlanePositionVolumeSequenceItem = Lazy(
        "dicomodel.items.plane_position_volume_sequence_item", "PlanePositionVolumeSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.plane_position_volume_sequence_item import (
        PlanePositionVolumeSequenceItem as PlanePositionVolumeSequenceItem,
    )

__all__ = [
    "PlanePositionVolumeMacro",
    "PlanePositionVolumeSequenceItem",
]


class PlanePositionVolumeMacro(DicomModel):
    """Plane Position (Volume) Macro Attributes (PS3.3 Table C.7.6.16.2.21-1)."""

    dicom_name: ClassVar[str] = "Plane Position (Volume)"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.21-1"

    PlanePositionVolumeSequence: Annotated[
        list[_PlanePositionVolumeSequenceItem],
        Attribute(0x0020930E, "SQ", "1", "1", name="Plane Position (Volume) Sequence"),
    ]
    """Plane Position (Volume) Sequence (0020,930E): Type 1, VR SQ, VM 1. Identifies the position of the plane of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PlanePositionVolumeSequenceItem": (
        "dicomodel.items.plane_position_volume_sequence_item",
        "PlanePositionVolumeSequenceItem",
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
