"""Item class TreatmentSummaryMeasuredDoseReferenceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    TreatmentSummaryMeasuredDoseReferenceSequenceItem as TreatmentSummaryMeasuredDoseReferenceSequenceItem,
)

__all__ = ["TreatmentSummaryMeasuredDoseReferenceSequenceItem"]
