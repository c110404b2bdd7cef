"""Item class FractionGroupSummarySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FractionGroupType as FractionGroupType
from dicomodel.enums import TreatmentTerminationStatus as TreatmentTerminationStatus
from dicomodel.items import FractionGroupSummarySequenceItem as FractionGroupSummarySequenceItem
from dicomodel.items import FractionStatusSummarySequenceItem as FractionStatusSummarySequenceItem

__all__ = [
    "FractionGroupSummarySequenceItem",
    "FractionGroupType",
    "FractionStatusSummarySequenceItem",
    "TreatmentTerminationStatus",
]
