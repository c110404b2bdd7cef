"""Item class PlaneOrientationVolumeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import PlaneOrientationVolumeSequenceItem as PlaneOrientationVolumeSequenceItem

__all__ = ["PlaneOrientationVolumeSequenceItem"]
