"""Item class ThresholdSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ThresholdSequenceItem as ThresholdSequenceItem
from dicomodel.items import ThresholdValueSequenceItem as ThresholdValueSequenceItem

__all__ = ["ThresholdSequenceItem", "ThresholdValueSequenceItem"]
