"""Item class MaximumCornealCurvatureSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    MaximumCornealCurvatureSequenceItem as MaximumCornealCurvatureSequenceItem,
)

__all__ = ["MaximumCornealCurvatureSequenceItem"]
