"""Item class SourceConceptualVolumeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem
from dicomodel.items import SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem

__all__ = [
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "SourceConceptualVolumeSequenceItem",
]
