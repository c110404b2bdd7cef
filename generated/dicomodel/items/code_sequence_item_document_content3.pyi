"""Item class CodeSequenceItemDocumentContent3.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItemDocumentContent3 as CodeSequenceItemDocumentContent3
from dicomodel.items import EquivalentCodeSequenceItemDocumentContent3 as EquivalentCodeSequenceItem

__all__ = [
    "CodeSequenceItemDocumentContent3",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
