"""Item class OriginalImageSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import OriginalImageSequenceItem as OriginalImageSequenceItem

__all__ = ["OriginalImageSequenceItem"]
