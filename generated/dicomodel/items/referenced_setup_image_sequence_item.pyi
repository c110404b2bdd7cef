"""Item class ReferencedSetupImageSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ReferencedSetupImageSequenceItem as ReferencedSetupImageSequenceItem

__all__ = ["ReferencedSetupImageSequenceItem"]
