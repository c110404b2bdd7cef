"""Item class MatingFeatureSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DegreeOfFreedomType as DegreeOfFreedomType
from dicomodel.items import (
    MatingFeatureDegreeOfFreedomSequenceItem as MatingFeatureDegreeOfFreedomSequenceItem,
)
from dicomodel.items import MatingFeatureSequenceItem as MatingFeatureSequenceItem
from dicomodel.items import TwoDDegreeOfFreedomSequenceItem as TwoDDegreeOfFreedomSequenceItem
from dicomodel.items import (
    TwoDMatingFeatureCoordinatesSequenceItem as TwoDMatingFeatureCoordinatesSequenceItem,
)

__all__ = [
    "DegreeOfFreedomType",
    "MatingFeatureDegreeOfFreedomSequenceItem",
    "MatingFeatureSequenceItem",
    "TwoDDegreeOfFreedomSequenceItem",
    "TwoDMatingFeatureCoordinatesSequenceItem",
]
