"""Item class FrameExtractionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import FrameExtractionSequenceItem as FrameExtractionSequenceItem

__all__ = ["FrameExtractionSequenceItem"]
