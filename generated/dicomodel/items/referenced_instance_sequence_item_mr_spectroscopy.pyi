"""Item class ReferencedInstanceSequenceItemMRSpectroscopy.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    ReferencedInstanceSequenceItemMRSpectroscopy as ReferencedInstanceSequenceItemMRSpectroscopy,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedInstanceSequenceItemMRSpectroscopy",
]
