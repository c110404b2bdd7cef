"""Item class FieldOfViewSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FieldOfViewHorizontalFlip as FieldOfViewHorizontalFlip
from dicomodel.enums import FieldOfViewHorizontalFlipValue as _FieldOfViewHorizontalFlipValue
from dicomodel.enums import FieldOfViewShape as FieldOfViewShape
from dicomodel.enums import FieldOfViewShapeValue as _FieldOfViewShapeValue
from dicomodel.items import FieldOfViewSequenceItem as FieldOfViewSequenceItem

__all__ = ["FieldOfViewHorizontalFlip", "FieldOfViewSequenceItem", "FieldOfViewShape"]
