"""Item class MatingFeatureDegreeOfFreedomSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DegreeOfFreedomType as DegreeOfFreedomType
from dicomodel.items import (
    MatingFeatureDegreeOfFreedomSequenceItem as MatingFeatureDegreeOfFreedomSequenceItem,
)
from dicomodel.items import TwoDDegreeOfFreedomSequenceItem as TwoDDegreeOfFreedomSequenceItem

__all__ = [
    "DegreeOfFreedomType",
    "MatingFeatureDegreeOfFreedomSequenceItem",
    "TwoDDegreeOfFreedomSequenceItem",
]
