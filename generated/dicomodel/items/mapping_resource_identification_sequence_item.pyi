"""Item class MappingResourceIdentificationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    MappingResourceIdentificationSequenceItem as MappingResourceIdentificationSequenceItem,
)

__all__ = ["MappingResourceIdentificationSequenceItem", "MappingResourceTerm"]
