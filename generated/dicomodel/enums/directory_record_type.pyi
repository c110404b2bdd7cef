"""Enumerated Values and Defined Terms of Directory Record Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DirectoryRecordType as DirectoryRecordType
from dicomodel.enums import DirectoryRecordTypeValue as DirectoryRecordTypeValue

__all__ = ["DirectoryRecordType", "DirectoryRecordTypeValue"]
