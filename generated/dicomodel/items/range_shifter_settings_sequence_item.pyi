"""Item class RangeShifterSettingsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import RangeShifterSettingsSequenceItem as RangeShifterSettingsSequenceItem

__all__ = ["RangeShifterSettingsSequenceItem"]
