"""Item class TemporalPositionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import TemporalPositionSequenceItem as TemporalPositionSequenceItem

__all__ = ["TemporalPositionSequenceItem"]
