"""Item class SurfacePointsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as SegmentedPropertyCategoryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SegmentedPropertyTypeCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import SurfacePointsSequenceItem as SurfacePointsSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "SegmentedPropertyCategoryCodeSequenceItem",
    "SegmentedPropertyTypeCodeSequenceItem",
    "SurfacePointsSequenceItem",
]
