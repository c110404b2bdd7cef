"""Item class DiffusionBMatrixSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import DiffusionBMatrixSequenceItem as DiffusionBMatrixSequenceItem

__all__ = ["DiffusionBMatrixSequenceItem"]
