"""Slide Coordinates Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.image_center_point_coordinates_sequence_item import (
    ImageCenterPointCoordinatesSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ImageCenterPointCoordinatesSequenceItem",
    "SlideCoordinatesModule",
]


class SlideCoordinatesModule(DicomModel):
    """Slide Coordinates Module Attributes (PS3.3 Table C.8-78)."""

    dicom_name: ClassVar[str] = "Slide Coordinates"
    dicom_table: ClassVar[str] = "table_C.8-78"

    ImageCenterPointCoordinatesSequence: Annotated[
        list[ImageCenterPointCoordinatesSequenceItem] | None,
        Attribute(0x0040071A, "SQ", "1", "2", name="Image Center Point Coordinates Sequence"),
    ]
    """Image Center Point Coordinates Sequence (0040,071A): Type 2, VR SQ, VM 1. The coordinates of the center point of the Image in the Slide Coordinate System Frame of Reference. Zero or one Item shall be included in this Sequence. See Section C.8.12.2.1.1 for further explanation."""
