"""Intravascular OCT Frame Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.intravascular_oct_frame_type_sequence_item import (
    IntravascularOCTFrameTypeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "IntravascularOCTFrameTypeMacro",
    "IntravascularOCTFrameTypeSequenceItem",
]


class IntravascularOCTFrameTypeMacro(DicomModel):
    """Intravascular OCT Frame Type Macro Attributes (PS3.3 Table C.8.27.6.1-1)."""

    dicom_name: ClassVar[str] = "Intravascular OCT Frame Type"
    dicom_table: ClassVar[str] = "table_C.8.27.6.1-1"

    IntravascularOCTFrameTypeSequence: Annotated[
        list[IntravascularOCTFrameTypeSequenceItem],
        Attribute(0x00520025, "SQ", "1", "1", name="Intravascular OCT Frame Type Sequence"),
    ]
    """Intravascular OCT Frame Type Sequence (0052,0025): Type 1, VR SQ, VM 1. Identifies characteristics of this frame. Only a single Item shall be included in this Sequence."""
