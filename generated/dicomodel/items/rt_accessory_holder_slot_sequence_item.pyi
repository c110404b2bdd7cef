"""Item class RTAccessoryHolderSlotSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import RTAccessoryHolderSlotSequenceItem as RTAccessoryHolderSlotSequenceItem

__all__ = ["RTAccessoryHolderSlotSequenceItem"]
