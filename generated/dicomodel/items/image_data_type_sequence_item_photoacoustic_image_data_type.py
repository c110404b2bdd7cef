"""Item class ImageDataTypeSequenceItemPhotoacousticImageDataType.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class ImageDataTypeSequenceItemPhotoacousticImageDataType(DicomModel):
    """An item of Image Data Type Sequence (0018,9807), as first defined in Photoacoustic Image Data Type Macro Attributes (C.8.34.5.3-1)."""

    dicom_name: ClassVar[str] = "Image Data Type Sequence"
    dicom_table: ClassVar[str] = "table_C.8.34.5.3-1"

    ImageDataTypeCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x00189836, "SQ", "1", "1", name="Image Data Type Code Sequence"),
    ]
    """Image Data Type Code Sequence (0018,9836): Type 1, VR SQ, VM 1. Data type of frame."""
