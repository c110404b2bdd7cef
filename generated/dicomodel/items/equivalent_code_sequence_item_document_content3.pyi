"""Item class EquivalentCodeSequenceItemDocumentContent3.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    EquivalentCodeSequenceItemDocumentContent3 as EquivalentCodeSequenceItemDocumentContent3,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItemDocumentContent3",
    "MappingResourceTerm",
]
