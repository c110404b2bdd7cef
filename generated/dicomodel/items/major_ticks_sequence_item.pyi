"""Item class MajorTicksSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import MajorTicksSequenceItem as MajorTicksSequenceItem

__all__ = ["MajorTicksSequenceItem"]
