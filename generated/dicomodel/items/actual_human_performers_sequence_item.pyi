"""Item class ActualHumanPerformersSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import ActualHumanPerformersSequenceItem as ActualHumanPerformersSequenceItem
from dicomodel.items import CodeSequenceItem as HumanPerformerCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "ActualHumanPerformersSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "HumanPerformerCodeSequenceItem",
    "MappingResourceTerm",
]
