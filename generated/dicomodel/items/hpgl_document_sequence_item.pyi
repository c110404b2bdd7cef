"""Item class HPGLDocumentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as ViewOrientationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ViewOrientationModifierCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import HPGLDocumentSequenceItem as HPGLDocumentSequenceItem
from dicomodel.items import HPGLPenSequenceItem as HPGLPenSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "HPGLDocumentSequenceItem",
    "HPGLPenSequenceItem",
    "MappingResourceTerm",
    "ViewOrientationCodeSequenceItem",
    "ViewOrientationModifierCodeSequenceItem",
]
