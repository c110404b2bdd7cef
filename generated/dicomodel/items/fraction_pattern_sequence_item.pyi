"""Item class FractionPatternSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import FractionPatternSequenceItem as FractionPatternSequenceItem
from dicomodel.items import WeekdayFractionPatternSequenceItem as WeekdayFractionPatternSequenceItem

__all__ = ["FractionPatternSequenceItem", "WeekdayFractionPatternSequenceItem"]
