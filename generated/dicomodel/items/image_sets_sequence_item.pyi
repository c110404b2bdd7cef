"""Item class ImageSetsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ImageSetSelectorCategory as ImageSetSelectorCategory
from dicomodel.enums import ImageSetSelectorUsageFlag as ImageSetSelectorUsageFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import RelativeTimeUnits as RelativeTimeUnits
from dicomodel.items import CodeSequenceItem as AbstractPriorCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SelectorCodeSequenceValueItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ImageSetSelectorSequenceItem as ImageSetSelectorSequenceItem
from dicomodel.items import ImageSetsSequenceItem as ImageSetsSequenceItem
from dicomodel.items import TimeBasedImageSetsSequenceItem as TimeBasedImageSetsSequenceItem

__all__ = [
    "AbstractPriorCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ImageSetSelectorCategory",
    "ImageSetSelectorSequenceItem",
    "ImageSetSelectorUsageFlag",
    "ImageSetsSequenceItem",
    "MappingResourceTerm",
    "RelativeTimeUnits",
    "SelectorCodeSequenceValueItem",
    "TimeBasedImageSetsSequenceItem",
]
