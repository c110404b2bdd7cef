"""Item class CodeSequenceItemDocumentRelationship4.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    CodeSequenceItemDocumentRelationship4 as CodeSequenceItemDocumentRelationship4,
)
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentRelationship4 as EquivalentCodeSequenceItem,
)

__all__ = [
    "CodeSequenceItemDocumentRelationship4",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
