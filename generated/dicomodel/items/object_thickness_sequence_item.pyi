"""Item class ObjectThicknessSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ObjectThicknessSequenceItem as ObjectThicknessSequenceItem

__all__ = ["ObjectThicknessSequenceItem"]
