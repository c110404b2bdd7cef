"""Whole Slide Microscopy Image Frame Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.whole_slide_microscopy_image_frame_type_sequence_item import (
    WholeSlideMicroscopyImageFrameTypeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "WholeSlideMicroscopyImageFrameTypeMacro",
    "WholeSlideMicroscopyImageFrameTypeSequenceItem",
]


class WholeSlideMicroscopyImageFrameTypeMacro(DicomModel):
    """Whole Slide Microscopy Image Frame Type Macro Attributes (PS3.3 Table C.8.12.9-1)."""

    dicom_name: ClassVar[str] = "Whole Slide Microscopy Image Frame Type"
    dicom_table: ClassVar[str] = "table_C.8.12.9-1"

    WholeSlideMicroscopyImageFrameTypeSequence: Annotated[
        list[WholeSlideMicroscopyImageFrameTypeSequenceItem],
        Attribute(
            0x00400710, "SQ", "1", "1", name="Whole Slide Microscopy Image Frame Type Sequence"
        ),
    ]
    """Whole Slide Microscopy Image Frame Type Sequence (0040,0710): Type 1, VR SQ, VM 1. Identifies the characteristics of this Whole Slide Microscopy Image frame. Only a single Item shall be included in this Sequence."""
