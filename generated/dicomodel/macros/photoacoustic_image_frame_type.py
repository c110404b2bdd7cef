"""Photoacoustic Image Frame Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.photoacoustic_image_frame_type_sequence_item import (
    PhotoacousticImageFrameTypeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PhotoacousticImageFrameTypeMacro(DicomModel):
    """Photoacoustic Image Frame Type Macro Attributes (PS3.3 Table C.8.34.5.2-1)."""

    dicom_name: ClassVar[str] = "Photoacoustic Image Frame Type"
    dicom_table: ClassVar[str] = "table_C.8.34.5.2-1"

    PhotoacousticImageFrameTypeSequence: Annotated[
        list[PhotoacousticImageFrameTypeSequenceItem],
        Attribute(0x00189835, "SQ", "1", "1", name="Photoacoustic Image Frame Type Sequence"),
    ]
    """Photoacoustic Image Frame Type Sequence (0018,9835): Type 1, VR SQ, VM 1. Identifies the characteristics of this frame. Only a single Item shall be included in this Sequence."""
