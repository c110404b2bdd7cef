"""Plane Position (Slide) Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.plane_position_slide_sequence_item import (
        PlanePositionSlideSequenceItem as _PlanePositionSlideSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PlanePositionSlideSequenceItem = Lazy(
        "dicomodel.items.plane_position_slide_sequence_item", "PlanePositionSlideSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.plane_position_slide_sequence_item import (
        PlanePositionSlideSequenceItem as PlanePositionSlideSequenceItem,
    )

__all__ = [
    "PlanePositionSlideMacro",
    "PlanePositionSlideSequenceItem",
]


class PlanePositionSlideMacro(DicomModel):
    """Plane Position (Slide) Macro Attributes (PS3.3 Table C.8.12.6.1-1)."""

    dicom_name: ClassVar[str] = "Plane Position (Slide)"
    dicom_table: ClassVar[str] = "table_C.8.12.6.1-1"

    PlanePositionSlideSequence: Annotated[
        list[_PlanePositionSlideSequenceItem],
        Attribute(0x0048021A, "SQ", "1", "1", name="Plane Position (Slide) Sequence"),
    ]
    """Plane Position (Slide) Sequence (0048,021A): Type 1, VR SQ, VM 1. Describes position of frame in the Total Pixel Matrix and in the Slide Coordinate System Frame of Reference. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PlanePositionSlideSequenceItem": (
        "dicomodel.items.plane_position_slide_sequence_item",
        "PlanePositionSlideSequenceItem",
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
