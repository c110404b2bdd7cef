"""Item class ReferencedSeriesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ReferencedSeriesSequenceItem as ReferencedSeriesSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedInstanceSequenceItem

__all__ = ["ReferencedInstanceSequenceItem", "ReferencedSeriesSequenceItem"]
