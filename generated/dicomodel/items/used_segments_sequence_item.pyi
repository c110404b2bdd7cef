"""Item class UsedSegmentsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import UsedSegmentsSequenceItem as UsedSegmentsSequenceItem

__all__ = ["UsedSegmentsSequenceItem"]
