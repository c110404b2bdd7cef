"""Item class EnergyWindowRangeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import EnergyWindowRangeSequenceItem as EnergyWindowRangeSequenceItem

__all__ = ["EnergyWindowRangeSequenceItem"]
