"""Item class CodeSequenceItemDocumentRelationship3.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ContextGroupExtensionFlagValue as _ContextGroupExtensionFlagValue
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import MappingResourceTerm as _MappingResourceTerm
from dicomodel.items import (
    CodeSequenceItemDocumentRelationship3 as CodeSequenceItemDocumentRelationship3,
)
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentRelationship3 as EquivalentCodeSequenceItem,
)
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentRelationship3 as _EquivalentCodeSequenceItemDocumentRelationship3,
)

__all__ = [
    "CodeSequenceItemDocumentRelationship3",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
