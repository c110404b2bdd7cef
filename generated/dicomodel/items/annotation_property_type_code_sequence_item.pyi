"""Item class AnnotationPropertyTypeCodeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    AnnotationPropertyTypeCodeSequenceItem as AnnotationPropertyTypeCodeSequenceItem,
)
from dicomodel.items import CodeSequenceItem as AnnotationPropertyTypeModifierCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "AnnotationPropertyTypeCodeSequenceItem",
    "AnnotationPropertyTypeModifierCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
