"""Item class BlendingDisplayInputSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import BlendingDisplayInputSequenceItem as BlendingDisplayInputSequenceItem

__all__ = ["BlendingDisplayInputSequenceItem"]
