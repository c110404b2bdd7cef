"""Item class TwoDMatingFeatureCoordinatesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    TwoDMatingFeatureCoordinatesSequenceItem as TwoDMatingFeatureCoordinatesSequenceItem,
)

__all__ = ["TwoDMatingFeatureCoordinatesSequenceItem"]
