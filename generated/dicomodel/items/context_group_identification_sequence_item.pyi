"""Item class ContextGroupIdentificationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    ContextGroupIdentificationSequenceItem as ContextGroupIdentificationSequenceItem,
)

__all__ = ["ContextGroupIdentificationSequenceItem", "MappingResourceTerm"]
