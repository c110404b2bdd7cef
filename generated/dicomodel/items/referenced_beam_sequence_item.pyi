"""Item class ReferencedBeamSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ReferencedBeamSequenceItem as ReferencedBeamSequenceItem
from dicomodel.items import ReferencedControlPointSequenceItem as ReferencedControlPointSequenceItem

__all__ = ["ReferencedBeamSequenceItem", "ReferencedControlPointSequenceItem"]
