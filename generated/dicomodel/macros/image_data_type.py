"""Image Data Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.image_data_type_sequence_item import ImageDataTypeSequenceItem
from dicomodel.model import Attribute, DicomModel


class ImageDataTypeMacro(DicomModel):
    """Image Data Type Macro Attributes (PS3.3 Table C.7.6.16.2.24-1)."""

    dicom_name: ClassVar[str] = "Image Data Type"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.24-1"

    ImageDataTypeSequence: Annotated[
        list[ImageDataTypeSequenceItem],
        Attribute(0x00189807, "SQ", "1", "1", name="Image Data Type Sequence"),
    ]
    """Image Data Type Sequence (0018,9807): Type 1, VR SQ, VM 1. Identifies the data type characteristics of this frame. Only a single Item shall be included in this Sequence."""
