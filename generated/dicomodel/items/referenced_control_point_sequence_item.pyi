"""Item class ReferencedControlPointSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ReferencedControlPointSequenceItem as ReferencedControlPointSequenceItem

__all__ = ["ReferencedControlPointSequenceItem"]
