"""Item class LensThicknessSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as SourceOfLensThicknessDataCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import LensThicknessSequenceItem as LensThicknessSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedSOPSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "LensThicknessSequenceItem",
    "MappingResourceTerm",
    "ReferencedSOPSequenceItem",
    "SourceOfLensThicknessDataCodeSequenceItem",
]
