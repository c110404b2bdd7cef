"""Item class FieldOfViewSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FieldOfViewHorizontalFlip as FieldOfViewHorizontalFlip
from dicomodel.enums import FieldOfViewShape as FieldOfViewShape
from dicomodel.items import FieldOfViewSequenceItem as FieldOfViewSequenceItem

__all__ = ["FieldOfViewHorizontalFlip", "FieldOfViewSequenceItem", "FieldOfViewShape"]
