"""Segment Reference Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.items.segment_reference_sequence_item import SegmentReferenceSequenceItem
from dicomodel.model import Attribute, DicomModel


class SegmentReferenceModule(DicomModel):
    """Segment Reference Module Attributes (PS3.3 Table C.36.9-1)."""

    dicom_name: ClassVar[str] = "Segment Reference"
    dicom_table: ClassVar[str] = "table_C.36.9-1"

    SegmentReferenceSequence: Annotated[
        list[SegmentReferenceSequenceItem],
        Attribute(0x30100021, "SQ", "1", "1", name="Segment Reference Sequence"),
    ]
    """Segment Reference Sequence (3010,0021): Type 1, VR SQ, VM 1. References to segments. One or more Items shall be included in this Sequence. See Section C.36.9.1.3."""

    ReferencedSpatialRegistrationSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(
            0x00700404,
            "SQ",
            "1",
            "1C",
            name="Referenced Spatial Registration Sequence",
            when=("unknown", "depends on the segments combined"),
            otherwise="may",
        ),
    ] = None
    """Referenced Spatial Registration Sequence (0070,0404): Type 1C, VR SQ, VM 1. Required if any Item in the Combination Segment Reference Sequence (3010,0024) combines segments that do not have the same Frame of Reference UID (0020,0052). May be present otherwise. Registrations between Frames of Reference of Instances referenced in the Referenced SOP Sequence (0008,1199) in the Direct Segment Reference Sequence (3010,0023)."""
