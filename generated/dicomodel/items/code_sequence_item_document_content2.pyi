"""Item class CodeSequenceItemDocumentContent2.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItemDocumentContent2 as CodeSequenceItemDocumentContent2
from dicomodel.items import EquivalentCodeSequenceItemDocumentContent2 as EquivalentCodeSequenceItem

__all__ = [
    "CodeSequenceItemDocumentContent2",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
