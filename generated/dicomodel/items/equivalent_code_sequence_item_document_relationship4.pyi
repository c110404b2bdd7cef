"""Item class EquivalentCodeSequenceItemDocumentRelationship4.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentRelationship4 as EquivalentCodeSequenceItemDocumentRelationship4,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItemDocumentRelationship4",
    "MappingResourceTerm",
]
