"""Item class ReferencedSeriesSequenceItemRelatedInformationEntities.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import (
    ReferencedSeriesSequenceItemRelatedInformationEntities as ReferencedSeriesSequenceItemRelatedInformationEntities,
)
from dicomodel.items import SOPInstanceReferenceItem as ReferencedInstanceSequenceItem

__all__ = [
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItemRelatedInformationEntities",
]
