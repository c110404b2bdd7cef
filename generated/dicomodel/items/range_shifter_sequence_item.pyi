"""Item class RangeShifterSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RangeShifterTypeTerm as RangeShifterTypeTerm
from dicomodel.items import RangeShifterSequenceItem as RangeShifterSequenceItem

__all__ = ["RangeShifterSequenceItem", "RangeShifterTypeTerm"]
