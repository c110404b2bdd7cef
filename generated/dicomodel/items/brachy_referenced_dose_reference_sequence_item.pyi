"""Item class BrachyReferencedDoseReferenceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    BrachyReferencedDoseReferenceSequenceItem as BrachyReferencedDoseReferenceSequenceItem,
)

__all__ = ["BrachyReferencedDoseReferenceSequenceItem"]
