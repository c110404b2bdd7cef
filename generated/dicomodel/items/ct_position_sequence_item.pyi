"""Item class CTPositionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import CTPositionSequenceItem as CTPositionSequenceItem

__all__ = ["CTPositionSequenceItem"]
