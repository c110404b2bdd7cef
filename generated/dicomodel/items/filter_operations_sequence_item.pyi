"""Item class FilterOperationsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import FilterByAttributePresence as FilterByAttributePresence
from dicomodel.enums import FilterByCategoryTerm as FilterByCategoryTerm
from dicomodel.enums import FilterByOperator as FilterByOperator
from dicomodel.enums import ImageSetSelectorUsageFlag as ImageSetSelectorUsageFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as SelectorCodeSequenceValueItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import FilterOperationsSequenceItem as FilterOperationsSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FilterByAttributePresence",
    "FilterByCategoryTerm",
    "FilterByOperator",
    "FilterOperationsSequenceItem",
    "ImageSetSelectorUsageFlag",
    "MappingResourceTerm",
    "SelectorCodeSequenceValueItem",
]
