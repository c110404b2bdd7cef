"""Item class EquivalentCodeSequenceItemDocumentContent2.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentContent2 as EquivalentCodeSequenceItemDocumentContent2,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItemDocumentContent2",
    "MappingResourceTerm",
]
