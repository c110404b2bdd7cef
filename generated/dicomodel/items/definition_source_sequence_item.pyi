"""Item class DefinitionSourceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import DefinitionSourceSequenceItem as DefinitionSourceSequenceItem

__all__ = ["DefinitionSourceSequenceItem"]
