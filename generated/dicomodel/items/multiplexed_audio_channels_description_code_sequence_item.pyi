"""Item class MultiplexedAudioChannelsDescriptionCodeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ChannelMode as ChannelMode
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as ChannelSourceSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    MultiplexedAudioChannelsDescriptionCodeSequenceItem as MultiplexedAudioChannelsDescriptionCodeSequenceItem,
)

__all__ = [
    "ChannelMode",
    "ChannelSourceSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MultiplexedAudioChannelsDescriptionCodeSequenceItem",
]
