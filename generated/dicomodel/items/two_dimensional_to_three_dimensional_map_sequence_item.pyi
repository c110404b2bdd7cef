"""Item class TwoDimensionalToThreeDimensionalMapSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    TwoDimensionalToThreeDimensionalMapSequenceItem as TwoDimensionalToThreeDimensionalMapSequenceItem,
)

__all__ = ["TwoDimensionalToThreeDimensionalMapSequenceItem"]
