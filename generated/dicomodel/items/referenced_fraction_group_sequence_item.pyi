"""Item class ReferencedFractionGroupSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ReferencedBeamSequenceItem as ReferencedBeamSequenceItem
from dicomodel.items import (
    ReferencedBrachyApplicationSetupSequenceItem as ReferencedBrachyApplicationSetupSequenceItem,
)
from dicomodel.items import ReferencedControlPointSequenceItem as ReferencedControlPointSequenceItem
from dicomodel.items import (
    ReferencedFractionGroupSequenceItem as ReferencedFractionGroupSequenceItem,
)

__all__ = [
    "ReferencedBeamSequenceItem",
    "ReferencedBrachyApplicationSetupSequenceItem",
    "ReferencedControlPointSequenceItem",
    "ReferencedFractionGroupSequenceItem",
]
