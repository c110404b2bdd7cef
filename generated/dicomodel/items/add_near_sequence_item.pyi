"""Item class AddNearSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import AddNearSequenceItem as AddNearSequenceItem

__all__ = ["AddNearSequenceItem"]
