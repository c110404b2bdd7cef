"""Item class LuminanceResponseSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import LuminanceResponseSequenceItem as LuminanceResponseSequenceItem

__all__ = ["LuminanceResponseSequenceItem"]
