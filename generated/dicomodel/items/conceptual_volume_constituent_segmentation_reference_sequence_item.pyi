"""Item class ConceptualVolumeConstituentSegmentationReferenceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem

__all__ = [
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
]
