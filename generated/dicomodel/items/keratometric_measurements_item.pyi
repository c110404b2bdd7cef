"""Item class KeratometricMeasurementsItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import KeratometricMeasurementsItem as KeratometricMeasurementsItem
from dicomodel.items import SteepKeratometricAxisSequenceItem as FlatKeratometricAxisSequenceItem
from dicomodel.items import SteepKeratometricAxisSequenceItem as SteepKeratometricAxisSequenceItem

__all__ = [
    "FlatKeratometricAxisSequenceItem",
    "KeratometricMeasurementsItem",
    "SteepKeratometricAxisSequenceItem",
]
