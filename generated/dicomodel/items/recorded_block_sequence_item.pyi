"""Item class RecordedBlockSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import RecordedBlockSequenceItem as RecordedBlockSequenceItem

__all__ = ["RecordedBlockSequenceItem"]
