"""Item class FractionStatusSummarySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TreatmentTerminationStatus as TreatmentTerminationStatus
from dicomodel.items import FractionStatusSummarySequenceItem as FractionStatusSummarySequenceItem

__all__ = ["FractionStatusSummarySequenceItem", "TreatmentTerminationStatus"]
