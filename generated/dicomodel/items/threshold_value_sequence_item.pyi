"""Item class ThresholdValueSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ThresholdValueSequenceItem as ThresholdValueSequenceItem

__all__ = ["ThresholdValueSequenceItem"]
