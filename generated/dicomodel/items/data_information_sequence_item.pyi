"""Item class DataInformationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import DataInformationSequenceItem as DataInformationSequenceItem
from dicomodel.items import TimeSlotInformationSequenceItem as TimeSlotInformationSequenceItem

__all__ = ["DataInformationSequenceItem", "TimeSlotInformationSequenceItem"]
