"""Item class TimeOfFrameGroupSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import TimeOfFrameGroupSequenceItem as TimeOfFrameGroupSequenceItem

__all__ = ["TimeOfFrameGroupSequenceItem"]
