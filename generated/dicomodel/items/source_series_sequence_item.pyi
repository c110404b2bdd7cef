"""Item class SourceSeriesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import SourceSeriesSequenceItem as SourceSeriesSequenceItem

__all__ = ["SourceSeriesSequenceItem"]
