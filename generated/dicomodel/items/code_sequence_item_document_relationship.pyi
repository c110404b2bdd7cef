"""Item class CodeSequenceItemDocumentRelationship.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    CodeSequenceItemDocumentRelationship as CodeSequenceItemDocumentRelationship,
)
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentRelationship as EquivalentCodeSequenceItem,
)

__all__ = [
    "CodeSequenceItemDocumentRelationship",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
