"""Item class CodeSequenceItemDocumentRelationship3.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    CodeSequenceItemDocumentRelationship3 as CodeSequenceItemDocumentRelationship3,
)
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentRelationship3 as EquivalentCodeSequenceItem,
)

__all__ = [
    "CodeSequenceItemDocumentRelationship3",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
