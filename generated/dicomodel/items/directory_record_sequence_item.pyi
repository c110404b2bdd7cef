"""Item class DirectoryRecordSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DirectoryRecordType as DirectoryRecordType
from dicomodel.items import DirectoryRecordSequenceItem as DirectoryRecordSequenceItem

__all__ = ["DirectoryRecordSequenceItem", "DirectoryRecordType"]
