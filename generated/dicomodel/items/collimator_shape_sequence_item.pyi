"""Item class CollimatorShapeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import CollimatorShapeSequenceItem as CollimatorShapeSequenceItem

__all__ = ["CollimatorShapeSequenceItem"]
