"""Item class PlanePositionVolumeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import PlanePositionVolumeSequenceItem as PlanePositionVolumeSequenceItem

__all__ = ["PlanePositionVolumeSequenceItem"]
