"""Item class BrachyControlPointSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import BrachyControlPointSequenceItem as BrachyControlPointSequenceItem
from dicomodel.items import (
    BrachyReferencedDoseReferenceSequenceItem as BrachyReferencedDoseReferenceSequenceItem,
)
from dicomodel.items import (
    BrachyReferencedDoseReferenceSequenceItem as _BrachyReferencedDoseReferenceSequenceItem,
)

__all__ = ["BrachyControlPointSequenceItem", "BrachyReferencedDoseReferenceSequenceItem"]
