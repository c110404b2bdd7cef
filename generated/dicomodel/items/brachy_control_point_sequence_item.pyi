"""Item class BrachyControlPointSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import BrachyControlPointSequenceItem as BrachyControlPointSequenceItem
from dicomodel.items import (
    BrachyReferencedDoseReferenceSequenceItem as BrachyReferencedDoseReferenceSequenceItem,
)

__all__ = ["BrachyControlPointSequenceItem", "BrachyReferencedDoseReferenceSequenceItem"]
