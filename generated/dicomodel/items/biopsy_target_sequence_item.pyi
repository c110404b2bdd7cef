"""Item class BiopsyTargetSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import BiopsyTargetSequenceItem as BiopsyTargetSequenceItem

__all__ = ["BiopsyTargetSequenceItem"]
