"""Item class PixelShiftSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import PixelShiftSequenceItem as PixelShiftSequenceItem
from dicomodel.items import RegionPixelShiftSequenceItem as RegionPixelShiftSequenceItem

__all__ = ["PixelShiftSequenceItem", "RegionPixelShiftSequenceItem"]
