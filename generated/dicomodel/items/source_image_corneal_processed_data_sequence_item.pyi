"""Item class SourceImageCornealProcessedDataSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CornealPointEstimated as CornealPointEstimated
from dicomodel.items import (
    SourceImageCornealProcessedDataSequenceItem as SourceImageCornealProcessedDataSequenceItem,
)

__all__ = ["CornealPointEstimated", "SourceImageCornealProcessedDataSequenceItem"]
