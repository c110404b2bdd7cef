"""Item class TotalPixelMatrixOriginSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import TotalPixelMatrixOriginSequenceItem as TotalPixelMatrixOriginSequenceItem

__all__ = ["TotalPixelMatrixOriginSequenceItem"]
