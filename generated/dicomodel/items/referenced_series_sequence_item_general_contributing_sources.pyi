"""Item class ReferencedSeriesSequenceItemGeneralContributingSources.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ReferencedInstanceSequenceItem as ReferencedInstanceSequenceItem
from dicomodel.items import (
    ReferencedSeriesSequenceItemGeneralContributingSources as ReferencedSeriesSequenceItemGeneralContributingSources,
)

__all__ = [
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItemGeneralContributingSources",
]
