"""Plane Position (Patient) Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.plane_position_sequence_item import (
        PlanePositionSequenceItem as _PlanePositionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PlanePositionSequenceItem = Lazy(
        "dicomodel.items.plane_position_sequence_item", "PlanePositionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.plane_position_sequence_item import (
        PlanePositionSequenceItem as PlanePositionSequenceItem,
    )

__all__ = [
    "PlanePositionPatientMacro",
    "PlanePositionSequenceItem",
]


class PlanePositionPatientMacro(DicomModel):
    """Plane Position (Patient) Macro Attributes (PS3.3 Table C.7.6.16-4)."""

    dicom_name: ClassVar[str] = "Plane Position (Patient)"
    dicom_table: ClassVar[str] = "table_C.7.6.16-4"

    PlanePositionSequence: Annotated[
        list[_PlanePositionSequenceItem],
        Attribute(0x00209113, "SQ", "1", "1", name="Plane Position Sequence"),
    ]
    """Plane Position Sequence (0020,9113): Type 1, VR SQ, VM 1. Identifies the position of the plane of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PlanePositionSequenceItem": (
        "dicomodel.items.plane_position_sequence_item",
        "PlanePositionSequenceItem",
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
