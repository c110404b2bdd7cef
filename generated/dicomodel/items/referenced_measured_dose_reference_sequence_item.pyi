"""Item class ReferencedMeasuredDoseReferenceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedMeasuredDoseReferenceSequenceItem as ReferencedMeasuredDoseReferenceSequenceItem,
)

__all__ = ["ReferencedMeasuredDoseReferenceSequenceItem"]
