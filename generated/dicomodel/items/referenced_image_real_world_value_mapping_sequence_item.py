"""Item class ReferencedImageRealWorldValueMappingSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.real_world_value_mapping_sequence_item import RealWorldValueMappingSequenceItem
from dicomodel.items.referenced_image_sequence_item import ReferencedImageSequenceItem
from dicomodel.model import Attribute, DicomModel


class ReferencedImageRealWorldValueMappingSequenceItem(DicomModel):
    """An item of Referenced Image Real World Value Mapping Sequence (0040,9094), as first defined in Real World Value Mapping Module Attributes (C.25.2-1)."""

    dicom_name: ClassVar[str] = "Referenced Image Real World Value Mapping Sequence"
    dicom_table: ClassVar[str] = "table_C.25.2-1"

    RealWorldValueMappingSequence: Annotated[
        list[RealWorldValueMappingSequenceItem],
        Attribute(0x00409096, "SQ", "1", "1", name="Real World Value Mapping Sequence"),
    ]
    """Real World Value Mapping Sequence (0040,9096): Type 1, VR SQ, VM 1. The mapping of stored values to associated Real World values. One or more Items shall be included in this Sequence."""

    ReferencedImageSequence: Annotated[
        list[ReferencedImageSequenceItem],
        Attribute(0x00081140, "SQ", "1", "1", name="Referenced Image Sequence"),
    ]
    """Referenced Image Sequence (0008,1140): Type 1, VR SQ, VM 1. A Sequence listing the images to which the mapping applies. One or more Items shall be included in this Sequence."""
