"""Plane Position (Slide) Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.plane_position_slide_sequence_item import PlanePositionSlideSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PlanePositionSlideMacro",
    "PlanePositionSlideSequenceItem",
]


class PlanePositionSlideMacro(DicomModel):
    """Plane Position (Slide) Macro Attributes (PS3.3 Table C.8.12.6.1-1)."""

    dicom_name: ClassVar[str] = "Plane Position (Slide)"
    dicom_table: ClassVar[str] = "table_C.8.12.6.1-1"

    PlanePositionSlideSequence: Annotated[
        list[PlanePositionSlideSequenceItem],
        Attribute(0x0048021A, "SQ", "1", "1", name="Plane Position (Slide) Sequence"),
    ]
    """Plane Position (Slide) Sequence (0048,021A): Type 1, VR SQ, VM 1. Describes position of frame in the Total Pixel Matrix and in the Slide Coordinate System Frame of Reference. Only a single Item shall be included in this Sequence."""
