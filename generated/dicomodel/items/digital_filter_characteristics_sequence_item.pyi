"""Item class DigitalFilterCharacteristicsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as DigitalFilterTypeCodeSequenceItem
from dicomodel.items import (
    DigitalFilterCharacteristicsSequenceItem as DigitalFilterCharacteristicsSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DigitalFilterCharacteristicsSequenceItem",
    "DigitalFilterTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
