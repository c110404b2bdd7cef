"""Item class CodeSequenceItemDocumentRelationship4.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ContextGroupExtensionFlagValue as _ContextGroupExtensionFlagValue
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import MappingResourceTerm as _MappingResourceTerm
from dicomodel.items import (
    CodeSequenceItemDocumentRelationship4 as CodeSequenceItemDocumentRelationship4,
)
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentRelationship4 as EquivalentCodeSequenceItem,
)
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentRelationship4 as _EquivalentCodeSequenceItemDocumentRelationship4,
)

__all__ = [
    "CodeSequenceItemDocumentRelationship4",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
