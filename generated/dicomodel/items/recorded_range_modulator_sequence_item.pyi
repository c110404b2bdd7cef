"""Item class RecordedRangeModulatorSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RangeModulatorTypeTerm as RangeModulatorTypeTerm
from dicomodel.items import RecordedRangeModulatorSequenceItem as RecordedRangeModulatorSequenceItem

__all__ = ["RangeModulatorTypeTerm", "RecordedRangeModulatorSequenceItem"]
