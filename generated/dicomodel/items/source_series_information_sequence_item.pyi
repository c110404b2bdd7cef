"""Item class SourceSeriesInformationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    SourceSeriesInformationSequenceItem as SourceSeriesInformationSequenceItem,
)

__all__ = ["SourceSeriesInformationSequenceItem"]
