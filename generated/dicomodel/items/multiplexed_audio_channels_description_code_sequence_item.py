"""Item class MultiplexedAudioChannelsDescriptionCodeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.channel_mode import ChannelModeValue as _ChannelModeValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _ChannelModeValue = Lazy("dicomodel.enums.channel_mode", "ChannelModeValue")
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.channel_mode import ChannelMode as ChannelMode
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ChannelSourceSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ChannelMode",
    "ChannelSourceSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MultiplexedAudioChannelsDescriptionCodeSequenceItem",
]


class MultiplexedAudioChannelsDescriptionCodeSequenceItem(DicomModel):
    """An item of Multiplexed Audio Channels Description Code Sequence (003A,0300), as first defined in Cine Module Attributes (C.7-13)."""

    dicom_name: ClassVar[str] = "Multiplexed Audio Channels Description Code Sequence"
    dicom_table: ClassVar[str] = "table_C.7-13"

    ChannelIdentificationCode: Annotated[
        vr.IS, Attribute(0x003A0301, "IS", "1", "1", name="Channel Identification Code")
    ]
    """Channel Identification Code (003A,0301): Type 1, VR IS, VM 1. A reference to the audio channel as identified within Transfer Syntax encoded bit stream (1 for the main channel, 2 for the second channel and 3 to 9 to the complementary channels)."""

    ChannelMode: Annotated[
        _ChannelModeValue,
        Attribute(
            0x003A0302, "CS", "1", "1", name="Channel Mode", enumerated=((0, ("MONO", "STEREO")),)
        ),
    ]
    """Channel Mode (003A,0302): Type 1, VR CS, VM 1. A coded descriptor qualifying the mode of the channel: Enumerated Values: MONO 1 signal STEREO 2 simultaneously acquired (left and right) signals"""

    ChannelSourceSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x003A0208, "SQ", "1", "1", name="Channel Source Sequence"),
    ]
    """Channel Source Sequence (003A,0208): Type 1, VR SQ, VM 1. A coded descriptor of the audio channel source. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ChannelMode": ("dicomodel.enums.channel_mode", "ChannelMode"),
    "ChannelSourceSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
