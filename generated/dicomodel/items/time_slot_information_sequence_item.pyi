"""Item class TimeSlotInformationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import TimeSlotInformationSequenceItem as TimeSlotInformationSequenceItem

__all__ = ["TimeSlotInformationSequenceItem"]
