"""Item class RangeModulatorSettingsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import RangeModulatorSettingsSequenceItem as RangeModulatorSettingsSequenceItem

__all__ = ["RangeModulatorSettingsSequenceItem"]
