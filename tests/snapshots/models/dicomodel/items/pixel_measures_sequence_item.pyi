"""Item class PixelMeasuresSequenceItem.

Generated from DICOM 2099a; do not edit."""

from dicomodel.items import PixelMeasuresSequenceItem as PixelMeasuresSequenceItem

__all__ = ["PixelMeasuresSequenceItem"]
