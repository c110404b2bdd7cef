"""Excluded Intervals Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.excluded_intervals_sequence_item import ExcludedIntervalsSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ExcludedIntervalsModule",
    "ExcludedIntervalsSequenceItem",
]


class ExcludedIntervalsModule(DicomModel):
    """Excluded Intervals Module Attributes (PS3.3 Table C.8.24.5-1)."""

    dicom_name: ClassVar[str] = "Excluded Intervals"
    dicom_table: ClassVar[str] = "table_C.8.24.5-1"

    ExcludedIntervalsSequence: Annotated[
        list[ExcludedIntervalsSequenceItem] | None,
        Attribute(
            0x00189803,
            "SQ",
            "1",
            "1C",
            name="Excluded Intervals Sequence",
            when=("unknown", "names no attribute: one or more intervals was excluded"),
        ),
    ] = None
    """Excluded Intervals Sequence (0018,9803): Type 1C, VR SQ, VM 1. Required if one or more intervals was excluded. List of excluded intervals. One or more Items shall be included in this Sequence. Required if one or more intervals was excluded."""
