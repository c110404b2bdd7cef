"""Item class TrackSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import TrackSequenceItem as TrackSequenceItem

__all__ = ["TrackSequenceItem"]
