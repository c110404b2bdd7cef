"""Item class PlanePositionSlideSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import PlanePositionSlideSequenceItem as PlanePositionSlideSequenceItem

__all__ = ["PlanePositionSlideSequenceItem"]
