"""Item class ReferenceLocationItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import OffsetDirection as OffsetDirection
from dicomodel.items import CodeSequenceItem as ReferenceBasisCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReferenceGeometryCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ReferenceLocationItem as ReferenceLocationItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OffsetDirection",
    "ReferenceBasisCodeSequenceItem",
    "ReferenceGeometryCodeSequenceItem",
    "ReferenceLocationItem",
]
