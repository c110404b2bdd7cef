"""Plane Orientation (Patient) Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.plane_orientation_sequence_item import (
        PlaneOrientationSequenceItem as _PlaneOrientationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PlaneOrientationSequenceItem = Lazy(
        "dicomodel.items.plane_orientation_sequence_item", "PlaneOrientationSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.plane_orientation_sequence_item import (
        PlaneOrientationSequenceItem as PlaneOrientationSequenceItem,
    )

__all__ = [
    "PlaneOrientationPatientMacro",
    "PlaneOrientationSequenceItem",
]


class PlaneOrientationPatientMacro(DicomModel):
    """Plane Orientation (Patient) Macro Attributes (PS3.3 Table C.7.6.16-5)."""

    dicom_name: ClassVar[str] = "Plane Orientation (Patient)"
    dicom_table: ClassVar[str] = "table_C.7.6.16-5"

    PlaneOrientationSequence: Annotated[
        list[_PlaneOrientationSequenceItem],
        Attribute(0x00209116, "SQ", "1", "1", name="Plane Orientation Sequence"),
    ]
    """Plane Orientation Sequence (0020,9116): Type 1, VR SQ, VM 1. Identifies orientation of the plane of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PlaneOrientationSequenceItem": (
        "dicomodel.items.plane_orientation_sequence_item",
        "PlaneOrientationSequenceItem",
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
