"""Item class ReferencedDoseReferenceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedDoseReferenceSequenceItem as ReferencedDoseReferenceSequenceItem,
)

__all__ = ["ReferencedDoseReferenceSequenceItem"]
