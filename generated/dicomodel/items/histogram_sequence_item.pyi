"""Item class HistogramSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import HistogramSequenceItem as HistogramSequenceItem

__all__ = ["HistogramSequenceItem"]
