"""Referenced Image Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_image_sequence_item_referenced_image import (
    ReferencedImageSequenceItemReferencedImage,
)
from dicomodel.model import Attribute, DicomModel


class ReferencedImageMacro(DicomModel):
    """Referenced Image Macro Attributes (PS3.3 Table C.7.6.16-6)."""

    dicom_name: ClassVar[str] = "Referenced Image"
    dicom_table: ClassVar[str] = "table_C.7.6.16-6"

    ReferencedImageSequence: Annotated[
        list[ReferencedImageSequenceItemReferencedImage] | None,
        Attribute(0x00081140, "SQ", "1", "2", name="Referenced Image Sequence"),
    ]
    """Referenced Image Sequence (0008,1140): Type 2, VR SQ, VM 1. The set of images or other composite SOP Instances used to plan the acquisition, if any, and other significant related images. See Section C.7.6.16.2.5.1 for further explanation. Zero or more Items shall be included in this Sequence."""
