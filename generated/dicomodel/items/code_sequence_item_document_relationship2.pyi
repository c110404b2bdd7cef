"""Item class CodeSequenceItemDocumentRelationship2.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ContextGroupExtensionFlagValue as _ContextGroupExtensionFlagValue
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import MappingResourceTerm as _MappingResourceTerm
from dicomodel.items import (
    CodeSequenceItemDocumentRelationship2 as CodeSequenceItemDocumentRelationship2,
)
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentRelationship2 as EquivalentCodeSequenceItem,
)
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentRelationship2 as _EquivalentCodeSequenceItemDocumentRelationship2,
)

__all__ = [
    "CodeSequenceItemDocumentRelationship2",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
