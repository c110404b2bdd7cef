"""Item class EquivalentCodeSequenceItemDocumentRelationship2.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentRelationship2 as EquivalentCodeSequenceItemDocumentRelationship2,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItemDocumentRelationship2",
    "MappingResourceTerm",
]
