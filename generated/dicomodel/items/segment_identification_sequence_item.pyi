"""Item class SegmentIdentificationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import SegmentIdentificationSequenceItem as SegmentIdentificationSequenceItem

__all__ = ["SegmentIdentificationSequenceItem"]
