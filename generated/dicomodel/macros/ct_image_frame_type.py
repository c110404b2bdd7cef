"""CT Image Frame Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ct_image_frame_type_sequence_item import CTImageFrameTypeSequenceItem
from dicomodel.model import Attribute, DicomModel


class CTImageFrameTypeMacro(DicomModel):
    """CT Image Frame Type Macro Attributes (PS3.3 Table C.8-117)."""

    dicom_name: ClassVar[str] = "CT Image Frame Type"
    dicom_table: ClassVar[str] = "table_C.8-117"

    CTImageFrameTypeSequence: Annotated[
        list[CTImageFrameTypeSequenceItem],
        Attribute(0x00189329, "SQ", "1", "1", name="CT Image Frame Type Sequence"),
    ]
    """CT Image Frame Type Sequence (0018,9329): Type 1, VR SQ, VM 1. Identifies the characteristics of this frame. Only a single Item shall be included in this Sequence."""
