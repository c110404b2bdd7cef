"""Item class RecordedSnoutSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import RecordedSnoutSequenceItem as RecordedSnoutSequenceItem

__all__ = ["RecordedSnoutSequenceItem"]
