"""Item class TwoDPointCoordinatesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import TwoDPointCoordinatesSequenceItem as TwoDPointCoordinatesSequenceItem

__all__ = ["TwoDPointCoordinatesSequenceItem"]
