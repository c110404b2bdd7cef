"""Item class RelatedInformationEntitiesItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import (
    ReferencedSeriesSequenceItemRelatedInformationEntities as ReferencedSeriesSequenceItem,
)
from dicomodel.items import ReferencedStudySequenceItem as ReferencedStudySequenceItem
from dicomodel.items import RelatedInformationEntitiesItem as RelatedInformationEntitiesItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedInstanceSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedStudySequenceItem",
    "RelatedInformationEntitiesItem",
]
