"""Item class EnergyWindowInformationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    EnergyWindowInformationSequenceItem as EnergyWindowInformationSequenceItem,
)
from dicomodel.items import EnergyWindowRangeSequenceItem as EnergyWindowRangeSequenceItem

__all__ = ["EnergyWindowInformationSequenceItem", "EnergyWindowRangeSequenceItem"]
