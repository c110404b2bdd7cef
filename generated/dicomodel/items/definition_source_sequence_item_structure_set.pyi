"""Item class DefinitionSourceSequenceItemStructureSet.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    DefinitionSourceSequenceItemStructureSet as DefinitionSourceSequenceItemStructureSet,
)

__all__ = ["DefinitionSourceSequenceItemStructureSet"]
