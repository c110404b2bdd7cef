"""Item class ContributingSOPInstancesReferenceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ContributingSOPInstancesReferenceSequenceItem as ContributingSOPInstancesReferenceSequenceItem,
)
from dicomodel.items import ReferencedInstanceSequenceItem as ReferencedInstanceSequenceItem
from dicomodel.items import (
    ReferencedSeriesSequenceItemGeneralContributingSources as ReferencedSeriesSequenceItem,
)

__all__ = [
    "ContributingSOPInstancesReferenceSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
]
