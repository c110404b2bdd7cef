"""Item class ConceptualVolumeConstituentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
)
from dicomodel.items import (
    ConceptualVolumeConstituentSequenceItem as ConceptualVolumeConstituentSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem

__all__ = [
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeConstituentSequenceItem",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
]
