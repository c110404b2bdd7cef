"""Item class SteepCornealAxisSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import SteepCornealAxisSequenceItem as SteepCornealAxisSequenceItem

__all__ = ["SteepCornealAxisSequenceItem"]
