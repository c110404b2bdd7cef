"""Item class OCTBscanAnalysisAcquisitionParametersSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as ScanPatternTypeCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    OCTBscanAnalysisAcquisitionParametersSequenceItem as OCTBscanAnalysisAcquisitionParametersSequenceItem,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OCTBscanAnalysisAcquisitionParametersSequenceItem",
    "ScanPatternTypeCodeSequenceItem",
]
