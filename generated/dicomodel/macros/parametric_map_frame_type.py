"""Parametric Map Frame Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.parametric_map_frame_type_sequence_item import (
    ParametricMapFrameTypeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ParametricMapFrameTypeMacro",
    "ParametricMapFrameTypeSequenceItem",
]


class ParametricMapFrameTypeMacro(DicomModel):
    """Parametric Map Frame Type Macro Attributes (PS3.3 Table C.8.32-3)."""

    dicom_name: ClassVar[str] = "Parametric Map Frame Type"
    dicom_table: ClassVar[str] = "table_PS3.3_C.8.32-3"

    ParametricMapFrameTypeSequence: Annotated[
        list[ParametricMapFrameTypeSequenceItem],
        Attribute(0x00409092, "SQ", "1", "1", name="Parametric Map Frame Type Sequence"),
    ]
    """Parametric Map Frame Type Sequence (0040,9092): Type 1, VR SQ, VM 1. Identifies the characteristics of this Parametric Map frame. Only a single Item shall be included in this Sequence."""
