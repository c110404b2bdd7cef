"""Item class SegmentReferenceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.combination_segment_reference_sequence_item import (
    CombinationSegmentReferenceSequenceItem,
)
from dicomodel.items.direct_segment_reference_sequence_item import (
    DirectSegmentReferenceSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class SegmentReferenceSequenceItem(DicomModel):
    """An item of Segment Reference Sequence (3010,0021), as first defined in Segment Reference Module Attributes (C.36.9-1)."""

    dicom_name: ClassVar[str] = "Segment Reference Sequence"
    dicom_table: ClassVar[str] = "table_C.36.9-1"

    SegmentReferenceIndex: Annotated[
        vr.US, Attribute(0x30100022, "US", "1", "1", name="Segment Reference Index")
    ]
    """Segment Reference Index (3010,0022): Type 1, VR US, VM 1. Index of the segment reference in the Sequence. The value shall start at 1 and increase monotonically by 1."""

    DirectSegmentReferenceSequence: Annotated[
        list[DirectSegmentReferenceSequenceItem] | None,
        Attribute(
            0x30100023,
            "SQ",
            "1",
            "1C",
            name="Direct Segment Reference Sequence",
            when=("not", ("present", 0x30100024)),
        ),
    ] = None
    """Direct Segment Reference Sequence (3010,0023): Type 1C, VR SQ, VM 1. Required if Combination Segment Reference Sequence (3010,0024) is not present. Directly identifies a specific segment in a specific SOP Instance. Required if Combination Segment Reference Sequence (3010,0024) is not present. Only a single Item shall be included in this Sequence. See Section C.36.9.1.3."""

    CombinationSegmentReferenceSequence: Annotated[
        list[CombinationSegmentReferenceSequenceItem] | None,
        Attribute(
            0x30100024,
            "SQ",
            "1",
            "1C",
            name="Combination Segment Reference Sequence",
            when=("not", ("present", 0x30100023)),
        ),
    ] = None
    """Combination Segment Reference Sequence (3010,0024): Type 1C, VR SQ, VM 1. Required if the Direct Segment Reference Sequence (3010,0023) is not present. Defines a segment as a combination of other segment Items present in the Segment Reference Sequence (3010,0021). Required if the Direct Segment Reference Sequence (3010,0023) is not present."""
