"""Item class EquivalentCodeSequenceItemDocumentRelationship3.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentRelationship3 as EquivalentCodeSequenceItemDocumentRelationship3,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItemDocumentRelationship3",
    "MappingResourceTerm",
]
