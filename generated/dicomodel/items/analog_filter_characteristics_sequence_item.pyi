"""Item class AnalogFilterCharacteristicsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    AnalogFilterCharacteristicsSequenceItem as AnalogFilterCharacteristicsSequenceItem,
)
from dicomodel.items import CodeSequenceItem as AnalogFilterTypeItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "AnalogFilterCharacteristicsSequenceItem",
    "AnalogFilterTypeItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
