"""Item class FramePixelShiftSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import FramePixelShiftSequenceItem as FramePixelShiftSequenceItem

__all__ = ["FramePixelShiftSequenceItem"]
