"""X-Ray Frame Pixel Data Properties Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.frame_pixel_data_properties_sequence_item import (
    FramePixelDataPropertiesSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class XRayFramePixelDataPropertiesMacro(DicomModel):
    """X-Ray Frame Pixel Data Properties Macro Attributes (PS3.3 Table C.8.19.6-4)."""

    dicom_name: ClassVar[str] = "X-Ray Frame Pixel Data Properties"
    dicom_table: ClassVar[str] = "table_C.8.19.6-4"

    FramePixelDataPropertiesSequence: Annotated[
        list[FramePixelDataPropertiesSequenceItem],
        Attribute(0x00289443, "SQ", "1", "1", name="Frame Pixel Data Properties Sequence"),
    ]
    """Frame Pixel Data Properties Sequence (0028,9443): Type 1, VR SQ, VM 1. Sequence containing the pixel data properties for this frame. Only a single Item shall be included in this Sequence."""
