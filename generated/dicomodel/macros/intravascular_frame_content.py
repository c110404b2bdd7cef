"""Intravascular Frame Content Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.intravascular_frame_content_sequence_item import (
    IntravascularFrameContentSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "IntravascularFrameContentMacro",
    "IntravascularFrameContentSequenceItem",
]


class IntravascularFrameContentMacro(DicomModel):
    """Intravascular Frame Content Macro Attributes (PS3.3 Table C.8.27.6.2-1)."""

    dicom_name: ClassVar[str] = "Intravascular Frame Content"
    dicom_table: ClassVar[str] = "table_C.8.27.6.2-1"

    IntravascularFrameContentSequence: Annotated[
        list[IntravascularFrameContentSequenceItem],
        Attribute(0x00520027, "SQ", "1", "1", name="Intravascular Frame Content Sequence"),
    ]
    """Intravascular Frame Content Sequence (0052,0027): Type 1, VR SQ, VM 1. A Sequence that describes a general description of this image or frame. Only a single Item shall be included in this Sequence."""
