"""Image Frame Conversion Source Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_image_sequence_item import ReferencedImageSequenceItem
from dicomodel.model import Attribute, DicomModel


class ImageFrameConversionSourceMacro(DicomModel):
    """Image Frame Conversion Source Macro Attributes (PS3.3 Table C.7.6.16.2.25.3-1)."""

    dicom_name: ClassVar[str] = "Image Frame Conversion Source"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.25.3-1"

    ConversionSourceAttributesSequence: Annotated[
        list[ReferencedImageSequenceItem],
        Attribute(0x00209172, "SQ", "1", "1", name="Conversion Source Attributes Sequence"),
    ]
    """Conversion Source Attributes Sequence (0020,9172): Type 1, VR SQ, VM 1. The image or other composite SOP Instance that was converted to this frame. Only a single Item shall be included in this Sequence."""
