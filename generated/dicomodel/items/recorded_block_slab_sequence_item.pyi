"""Item class RecordedBlockSlabSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import RecordedBlockSlabSequenceItem as RecordedBlockSlabSequenceItem

__all__ = ["RecordedBlockSlabSequenceItem"]
