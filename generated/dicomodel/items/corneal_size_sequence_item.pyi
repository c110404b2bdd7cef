"""Item class CornealSizeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as SourceOfCornealSizeDataCodeSequenceItem
from dicomodel.items import CornealSizeSequenceItem as CornealSizeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedSOPSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "CornealSizeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ReferencedSOPSequenceItem",
    "SourceOfCornealSizeDataCodeSequenceItem",
]
