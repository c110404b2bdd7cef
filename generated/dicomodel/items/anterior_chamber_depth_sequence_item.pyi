"""Item class AnteriorChamberDepthSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import AnteriorChamberDepthSequenceItem as AnteriorChamberDepthSequenceItem
from dicomodel.items import CodeSequenceItem as SourceOfAnteriorChamberDepthDataCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedSOPSequenceItem

__all__ = [
    "AnteriorChamberDepthSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ReferencedSOPSequenceItem",
    "SourceOfAnteriorChamberDepthDataCodeSequenceItem",
]
