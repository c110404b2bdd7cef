"""Item class PixelMeasuresSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import PixelMeasuresSequenceItem as PixelMeasuresSequenceItem

__all__ = ["PixelMeasuresSequenceItem"]
