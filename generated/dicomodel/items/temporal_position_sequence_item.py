"""Item class TemporalPositionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TemporalPositionSequenceItem",
]


class TemporalPositionSequenceItem(DicomModel):
    """An item of Temporal Position Sequence (0020,9310), as first defined in Temporal Position Macro Attributes (C.7.6.16.2.23-1)."""

    dicom_name: ClassVar[str] = "Temporal Position Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.23-1"

    TemporalPositionTimeOffset: Annotated[
        vr.FD, Attribute(0x0020930D, "FD", "1", "1", name="Temporal Position Time Offset")
    ]
    """Temporal Position Time Offset (0020,930D): Type 1, VR FD, VM 1. Time offset of the frame in the set of frames with different temporal positions, in seconds."""
