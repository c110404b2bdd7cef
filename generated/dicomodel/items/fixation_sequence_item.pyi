"""Item class FixationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ExcessiveFixationLosses as ExcessiveFixationLosses
from dicomodel.enums import ExcessiveFixationLossesDataFlag as ExcessiveFixationLossesDataFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as FixationMonitoringCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import FixationSequenceItem as FixationSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ExcessiveFixationLosses",
    "ExcessiveFixationLossesDataFlag",
    "FixationMonitoringCodeSequenceItem",
    "FixationSequenceItem",
    "MappingResourceTerm",
]
