"""Item class ReferencedStudySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import (
    ReferencedSeriesSequenceItemRelatedInformationEntities as ReferencedSeriesSequenceItem,
)
from dicomodel.items import ReferencedStudySequenceItem as ReferencedStudySequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedInstanceSequenceItem

__all__ = [
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedStudySequenceItem",
]
