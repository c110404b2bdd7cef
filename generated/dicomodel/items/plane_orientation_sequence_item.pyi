"""Item class PlaneOrientationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import PlaneOrientationSequenceItem as PlaneOrientationSequenceItem

__all__ = ["PlaneOrientationSequenceItem"]
