"""Item class DimensionIndexSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import DimensionIndexSequenceItem as DimensionIndexSequenceItem

__all__ = ["DimensionIndexSequenceItem"]
