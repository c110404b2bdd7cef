"""Item class PlanePositionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import PlanePositionSequenceItem as PlanePositionSequenceItem

__all__ = ["PlanePositionSequenceItem"]
