"""Item class TwoDLineCoordinatesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import TwoDLineCoordinatesSequenceItem as TwoDLineCoordinatesSequenceItem

__all__ = ["TwoDLineCoordinatesSequenceItem"]
