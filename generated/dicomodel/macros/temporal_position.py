"""Temporal Position Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.temporal_position_sequence_item import TemporalPositionSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TemporalPositionMacro",
    "TemporalPositionSequenceItem",
]


class TemporalPositionMacro(DicomModel):
    """Temporal Position Macro Attributes (PS3.3 Table C.7.6.16.2.23-1)."""

    dicom_name: ClassVar[str] = "Temporal Position"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.23-1"

    TemporalPositionSequence: Annotated[
        list[TemporalPositionSequenceItem],
        Attribute(0x00209310, "SQ", "1", "1", name="Temporal Position Sequence"),
    ]
    """Temporal Position Sequence (0020,9310): Type 1, VR SQ, VM 1. Identifies the temporal position of the plane of this frame. Only a single Item shall be included in this Sequence."""
