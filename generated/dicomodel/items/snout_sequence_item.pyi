"""Item class SnoutSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import SnoutSequenceItem as SnoutSequenceItem

__all__ = ["SnoutSequenceItem"]
