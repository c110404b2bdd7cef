"""Item class OtherMediaAvailableSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import OtherMediaAvailableSequenceItem as OtherMediaAvailableSequenceItem

__all__ = ["OtherMediaAvailableSequenceItem"]
