"""Item class VOILUTSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = ["VOILUTSequenceItem"]
