"""Item class RegionPixelShiftSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import RegionPixelShiftSequenceItem as RegionPixelShiftSequenceItem

__all__ = ["RegionPixelShiftSequenceItem"]
