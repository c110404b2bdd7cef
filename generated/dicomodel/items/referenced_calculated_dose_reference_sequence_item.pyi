"""Item class ReferencedCalculatedDoseReferenceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedCalculatedDoseReferenceSequenceItem as ReferencedCalculatedDoseReferenceSequenceItem,
)

__all__ = ["ReferencedCalculatedDoseReferenceSequenceItem"]
