"""Item class RecordedRangeShifterSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import RecordedRangeShifterSequenceItem as RecordedRangeShifterSequenceItem

__all__ = ["RecordedRangeShifterSequenceItem"]
