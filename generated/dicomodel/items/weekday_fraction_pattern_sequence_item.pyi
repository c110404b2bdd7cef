"""Item class WeekdayFractionPatternSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import WeekdayFractionPatternSequenceItem as WeekdayFractionPatternSequenceItem

__all__ = ["WeekdayFractionPatternSequenceItem"]
