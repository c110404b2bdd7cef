"""Enumerated Values and Defined Terms of Specific Character Set of File-set Descriptor File.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    SpecificCharacterSetOfFileSetDescriptorFileTerm as SpecificCharacterSetOfFileSetDescriptorFileTerm,
)

__all__ = ["SpecificCharacterSetOfFileSetDescriptorFileTerm"]
