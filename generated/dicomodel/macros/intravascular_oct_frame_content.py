"""Intravascular OCT Frame Content Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.intravascular_oct_frame_content_sequence_item import (
    IntravascularOCTFrameContentSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "IntravascularOCTFrameContentMacro",
    "IntravascularOCTFrameContentSequenceItem",
]


class IntravascularOCTFrameContentMacro(DicomModel):
    """Intravascular OCT Frame Content Macro Attributes (PS3.3 Table C.8.27.6.3-1)."""

    dicom_name: ClassVar[str] = "Intravascular OCT Frame Content"
    dicom_table: ClassVar[str] = "table_C.8.27.6.3-1"

    IntravascularOCTFrameContentSequence: Annotated[
        list[IntravascularOCTFrameContentSequenceItem],
        Attribute(0x00520029, "SQ", "1", "1", name="Intravascular OCT Frame Content Sequence"),
    ]
    """Intravascular OCT Frame Content Sequence (0052,0029): Type 1, VR SQ, VM 1. A Sequence that describes a general description of this image or frame. Only a single Item shall be included in this Sequence."""
