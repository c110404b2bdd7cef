"""Item class ReferencedFrameOfReferenceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ImageSOPInstanceReferenceItem as ContourImageSequenceItem
from dicomodel.items import (
    ReferencedFrameOfReferenceSequenceItem as ReferencedFrameOfReferenceSequenceItem,
)
from dicomodel.items import RTReferencedSeriesSequenceItem as RTReferencedSeriesSequenceItem
from dicomodel.items import RTReferencedStudySequenceItem as RTReferencedStudySequenceItem

__all__ = [
    "ContourImageSequenceItem",
    "RTReferencedSeriesSequenceItem",
    "RTReferencedStudySequenceItem",
    "ReferencedFrameOfReferenceSequenceItem",
]
