"""Slide Coordinates Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.image_center_point_coordinates_sequence_item import (
        ImageCenterPointCoordinatesSequenceItem as _ImageCenterPointCoordinatesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImageCenterPointCoordinatesSequenceItem = Lazy(
        "dicomodel.items.image_center_point_coordinates_sequence_item",
        "ImageCenterPointCoordinatesSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.image_center_point_coordinates_sequence_item import (
        ImageCenterPointCoordinatesSequenceItem as ImageCenterPointCoordinatesSequenceItem,
    )

__all__ = [
    "ImageCenterPointCoordinatesSequenceItem",
    "SlideCoordinatesModule",
]


class SlideCoordinatesModule(DicomModel):
    """Slide Coordinates Module Attributes (PS3.3 Table C.8-78)."""

    dicom_name: ClassVar[str] = "Slide Coordinates"
    dicom_table: ClassVar[str] = "table_C.8-78"

    ImageCenterPointCoordinatesSequence: Annotated[
        list[_ImageCenterPointCoordinatesSequenceItem] | None,
        Attribute(0x0040071A, "SQ", "1", "2", name="Image Center Point Coordinates Sequence"),
    ]
    """Image Center Point Coordinates Sequence (0040,071A): Type 2, VR SQ, VM 1. The coordinates of the center point of the Image in the Slide Coordinate System Frame of Reference. Zero or one Item shall be included in this Sequence. See Section C.8.12.2.1.1 for further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ImageCenterPointCoordinatesSequenceItem": (
        "dicomodel.items.image_center_point_coordinates_sequence_item",
        "ImageCenterPointCoordinatesSequenceItem",
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
