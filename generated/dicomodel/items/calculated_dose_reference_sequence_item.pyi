"""Item class CalculatedDoseReferenceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    CalculatedDoseReferenceSequenceItem as CalculatedDoseReferenceSequenceItem,
)

__all__ = ["CalculatedDoseReferenceSequenceItem"]
