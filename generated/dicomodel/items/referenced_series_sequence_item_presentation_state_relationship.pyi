"""Item class ReferencedSeriesSequenceItemPresentationStateRelationship.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import (
    ReferencedSeriesSequenceItemPresentationStateRelationship as ReferencedSeriesSequenceItemPresentationStateRelationship,
)

__all__ = [
    "ReferencedImageSequenceItem",
    "ReferencedSeriesSequenceItemPresentationStateRelationship",
]
