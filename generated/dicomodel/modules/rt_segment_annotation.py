"""RT Segment Annotation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.content_creator_identification_code_sequence_item import (
    ContentCreatorIdentificationCodeSequenceItem,
)
from dicomodel.items.rt_segment_annotation_sequence_item import RTSegmentAnnotationSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTSegmentAnnotationModule(DicomModel):
    """RT Segment Annotation Module Attributes (PS3.3 Table C.36.8-1)."""

    dicom_name: ClassVar[str] = "RT Segment Annotation"
    dicom_table: ClassVar[str] = "table_C.36.8-1"

    UserContentLongLabel: Annotated[
        vr.LO, Attribute(0x30100034, "LO", "1", "1", name="User Content Long Label")
    ]
    """User Content Long Label (3010,0034): Type 1, VR LO, VM 1. User-defined label for the content of this SOP Instance. See Section 10.9.2.1.1."""

    ContentDescription: Annotated[
        vr.LO | None, Attribute(0x00700081, "LO", "1", "2", name="Content Description")
    ]
    """Content Description (0070,0081): Type 2, VR LO, VM 1. User-defined description for the content of this SOP Instance. See Section 10.9.2.1.1."""

    ContentCreatorName: Annotated[
        vr.PN | None, Attribute(0x00700084, "PN", "1", "3", name="Content Creator's Name")
    ] = None
    """Content Creator's Name (0070,0084): Type 3, VR PN, VM 1. Name of operator (such as a technologist or physician) creating the content of the SOP Instance."""

    ContentCreatorIdentificationCodeSequence: Annotated[
        list[ContentCreatorIdentificationCodeSequenceItem] | None,
        Attribute(
            0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
        ),
    ] = None
    """Content Creator's Identification Code Sequence (0070,0086): Type 3, VR SQ, VM 1. Identification of the person who created the content. Only a single Item is permitted in this Sequence."""

    RTSegmentAnnotationSequence: Annotated[
        list[RTSegmentAnnotationSequenceItem],
        Attribute(0x3010002A, "SQ", "1", "1", name="RT Segment Annotation Sequence"),
    ]
    """RT Segment Annotation Sequence (3010,002A): Type 1, VR SQ, VM 1. Annotations for segments are described in this Sequence. One or more Items shall be included in this Sequence."""
