"""Item class CodeSequenceItemDocumentRelationship2.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    CodeSequenceItemDocumentRelationship2 as CodeSequenceItemDocumentRelationship2,
)
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentRelationship2 as EquivalentCodeSequenceItem,
)

__all__ = [
    "CodeSequenceItemDocumentRelationship2",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
