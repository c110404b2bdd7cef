"""Item class QuantitySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as MeasuringUnitsSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import QuantitySequenceItem as QuantitySequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasuringUnitsSequenceItem",
    "QuantitySequenceItem",
]
