"""Item class CodeSequenceItemDocumentContent.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItemDocumentContent as CodeSequenceItemDocumentContent
from dicomodel.items import EquivalentCodeSequenceItemDocumentContent as EquivalentCodeSequenceItem

__all__ = [
    "CodeSequenceItemDocumentContent",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
