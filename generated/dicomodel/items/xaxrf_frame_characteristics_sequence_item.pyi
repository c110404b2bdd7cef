"""Item class XAXRFFrameCharacteristicsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as DerivationCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    XAXRFFrameCharacteristicsSequenceItem as XAXRFFrameCharacteristicsSequenceItem,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "DerivationCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "XAXRFFrameCharacteristicsSequenceItem",
]
