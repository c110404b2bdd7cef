"""Item class MydriaticAgentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as MydriaticAgentCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MydriaticAgentConcentrationUnitsSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import MydriaticAgentSequenceItem as MydriaticAgentSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MydriaticAgentCodeSequenceItem",
    "MydriaticAgentConcentrationUnitsSequenceItem",
    "MydriaticAgentSequenceItem",
]
