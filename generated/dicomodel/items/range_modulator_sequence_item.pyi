"""Item class RangeModulatorSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RangeModulatorTypeTerm as RangeModulatorTypeTerm
from dicomodel.items import RangeModulatorSequenceItem as RangeModulatorSequenceItem

__all__ = ["RangeModulatorSequenceItem", "RangeModulatorTypeTerm"]
