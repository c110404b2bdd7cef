"""Item class EquivalentCodeSequenceItemDocumentContent.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentContent as EquivalentCodeSequenceItemDocumentContent,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItemDocumentContent",
    "MappingResourceTerm",
]
