"""Item class CardiacSynchronizationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import CardiacSynchronizationSequenceItem as CardiacSynchronizationSequenceItem

__all__ = ["CardiacSynchronizationSequenceItem"]
