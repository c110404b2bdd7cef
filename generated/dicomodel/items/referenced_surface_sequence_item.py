"""Item class ReferencedSurfaceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.conceptual_volume_derivation_algorithm_sequence_item import (
    ConceptualVolumeDerivationAlgorithmSequenceItem,
)
from dicomodel.items.referenced_image_sequence_item import ReferencedImageSequenceItem
from dicomodel.model import Attribute, DicomModel


class ReferencedSurfaceSequenceItem(DicomModel):
    """An item of Referenced Surface Sequence (0066,002B), as first defined in Surface Segmentation Module Attributes (C.8.23-1)."""

    dicom_name: ClassVar[str] = "Referenced Surface Sequence"
    dicom_table: ClassVar[str] = "table_C.8.23-1"

    ReferencedSurfaceNumber: Annotated[
        vr.UL, Attribute(0x0066002C, "UL", "1", "1", name="Referenced Surface Number")
    ]
    """Referenced Surface Number (0066,002C): Type 1, VR UL, VM 1. Identifies the Surface Number (0066,0003) within the Surface Sequence (0066,0002) to which this reference applies."""

    SegmentSurfaceGenerationAlgorithmIdentificationSequence: Annotated[
        list[ConceptualVolumeDerivationAlgorithmSequenceItem],
        Attribute(
            0x0066002D,
            "SQ",
            "1",
            "1",
            name="Segment Surface Generation Algorithm Identification Sequence",
        ),
    ]
    """Segment Surface Generation Algorithm Identification Sequence (0066,002D): Type 1, VR SQ, VM 1. A description of how this segment surface was derived. One or more Items shall be included in this Sequence."""

    SegmentSurfaceSourceInstanceSequence: Annotated[
        list[ReferencedImageSequenceItem] | None,
        Attribute(0x0066002E, "SQ", "1", "2", name="Segment Surface Source Instance Sequence"),
    ]
    """Segment Surface Source Instance Sequence (0066,002E): Type 2, VR SQ, VM 1. A Sequence that identifies the set of Instances by their SOP Class/Instance pair that were used to derive this segment surface. Zero or more Items shall be included in this Sequence."""
