"""PET Frame Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ct_image_frame_type_sequence_item import CTImageFrameTypeSequenceItem
from dicomodel.model import Attribute, DicomModel


class PETFrameTypeMacro(DicomModel):
    """PET Frame Type Macro Attributes (PS3.3 Table C.8.22-10)."""

    dicom_name: ClassVar[str] = "PET Frame Type"
    dicom_table: ClassVar[str] = "table_C.8.22-10"

    PETFrameTypeSequence: Annotated[
        list[CTImageFrameTypeSequenceItem],
        Attribute(0x00189751, "SQ", "1", "1", name="PET Frame Type Sequence"),
    ]
    """PET Frame Type Sequence (0018,9751): Type 1, VR SQ, VM 1. A Sequence that describes general characteristics of this frame. Only a single Item shall be included in this Sequence."""
