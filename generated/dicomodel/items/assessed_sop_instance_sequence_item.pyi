"""Item class AssessedSOPInstanceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import AssessedSOPInstanceSequenceItem as AssessedSOPInstanceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedComparisonSOPInstanceSequenceItem

__all__ = ["AssessedSOPInstanceSequenceItem", "ReferencedComparisonSOPInstanceSequenceItem"]
