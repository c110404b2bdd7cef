"""Item class AssessedSOPInstanceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import AssessedSOPInstanceSequenceItem as AssessedSOPInstanceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedComparisonSOPInstanceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as _SOPInstanceReferenceItem

__all__ = ["AssessedSOPInstanceSequenceItem", "ReferencedComparisonSOPInstanceSequenceItem"]
