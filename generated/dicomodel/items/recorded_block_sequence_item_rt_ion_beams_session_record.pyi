"""Item class RecordedBlockSequenceItemRTIonBeamsSessionRecord.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    RecordedBlockSequenceItemRTIonBeamsSessionRecord as RecordedBlockSequenceItemRTIonBeamsSessionRecord,
)
from dicomodel.items import RecordedBlockSlabSequenceItem as RecordedBlockSlabSequenceItem

__all__ = ["RecordedBlockSequenceItemRTIonBeamsSessionRecord", "RecordedBlockSlabSequenceItem"]
