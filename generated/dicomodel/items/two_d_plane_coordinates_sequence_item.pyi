"""Item class TwoDPlaneCoordinatesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import TwoDPlaneCoordinatesSequenceItem as TwoDPlaneCoordinatesSequenceItem

__all__ = ["TwoDPlaneCoordinatesSequenceItem"]
