"""Item class StudiesContainingOtherReferencedInstancesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ReferencedSeriesSequenceItem as ReferencedSeriesSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedInstanceSequenceItem
from dicomodel.items import (
    StudiesContainingOtherReferencedInstancesSequenceItem as StudiesContainingOtherReferencedInstancesSequenceItem,
)

__all__ = [
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
    "StudiesContainingOtherReferencedInstancesSequenceItem",
]
