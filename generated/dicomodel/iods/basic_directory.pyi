"""Basic Directory IOD.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DirectoryRecordType as DirectoryRecordType
from dicomodel.enums import (
    SpecificCharacterSetOfFileSetDescriptorFileTerm as SpecificCharacterSetOfFileSetDescriptorFileTerm,
)
from dicomodel.iods import BasicDirectory as BasicDirectory
from dicomodel.items import DirectoryRecordSequenceItem as DirectoryRecordSequenceItem

__all__ = [
    "BasicDirectory",
    "DirectoryRecordSequenceItem",
    "DirectoryRecordType",
    "SpecificCharacterSetOfFileSetDescriptorFileTerm",
]
