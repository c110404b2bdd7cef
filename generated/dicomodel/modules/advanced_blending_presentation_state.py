"""Advanced Blending Presentation State Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.advanced_blending_sequence_item import AdvancedBlendingSequenceItem
from dicomodel.model import Attribute, DicomModel


class AdvancedBlendingPresentationStateModule(DicomModel):
    """Advanced Blending Presentation State Module Attributes (PS3.3 Table C.11.33-1)."""

    dicom_name: ClassVar[str] = "Advanced Blending Presentation State"
    dicom_table: ClassVar[str] = "table_C.11.33-1"

    AdvancedBlendingSequence: Annotated[
        list[AdvancedBlendingSequenceItem],
        Attribute(0x00701B01, "SQ", "1", "1", name="Advanced Blending Sequence"),
    ]
    """Advanced Blending Sequence (0070,1B01): Type 1, VR SQ, VM 1. A Sequence of Items identifying the inputs and describing transformations of them. One or more Items shall be included in this Sequence. See Section C.11.33.1.1."""
