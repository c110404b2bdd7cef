"""Cine Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.multiplexed_audio_channels_description_code_sequence_item import (
        MultiplexedAudioChannelsDescriptionCodeSequenceItem as _MultiplexedAudioChannelsDescriptionCodeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MultiplexedAudioChannelsDescriptionCodeSequenceItem = Lazy(
        "dicomodel.items.multiplexed_audio_channels_description_code_sequence_item",
        "MultiplexedAudioChannelsDescriptionCodeSequenceItem",
    )

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
    from dicomodel.items.multiplexed_audio_channels_description_code_sequence_item import (
        MultiplexedAudioChannelsDescriptionCodeSequenceItem as MultiplexedAudioChannelsDescriptionCodeSequenceItem,
    )

__all__ = [
    "ChannelMode",
    "ChannelSourceSequenceItem",
    "CineModule",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MultiplexedAudioChannelsDescriptionCodeSequenceItem",
]


class CineModule(DicomModel):
    """Cine Module Attributes (PS3.3 Table C.7-13)."""

    dicom_name: ClassVar[str] = "Cine"
    dicom_table: ClassVar[str] = "table_C.7-13"

    PreferredPlaybackSequencing: Annotated[
        vr.US | None,
        Attribute(
            0x00181244,
            "US",
            "1",
            "3",
            name="Preferred Playback Sequencing",
            enumerated=((0, ("0", "1")),),
        ),
    ] = None
    """Preferred Playback Sequencing (0018,1244): Type 3, VR US, VM 1. Describes the preferred playback sequencing for a multi-frame image. Enumerated Values: 0 Looping (1,2…n,1,2,…n,1,2,….n,…) 1 Sweeping (1,2,…n,n-1,…2,1,2,…n,…)"""

    FrameTime: Annotated[
        vr.DS | None,
        Attribute(
            0x00181063,
            "DS",
            "1",
            "1C",
            name="Frame Time",
            when=("value", 0x00280009, 0, "in", (1577059,)),
        ),
    ] = None
    """Frame Time (0018,1063): Type 1C, VR DS, VM 1. Required if Frame Increment Pointer (0028,0009) points to Frame Time. Nominal time (in msec) per individual frame. See Section C.7.6.5.1.1 for further explanation. Required if Frame Increment Pointer (0028,0009) points to Frame Time."""

    FrameTimeVector: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00181065,
            "DS",
            "1-n",
            "1C",
            name="Frame Time Vector",
            when=("value", 0x00280009, 0, "in", (1577061,)),
        ),
    ] = None
    """Frame Time Vector (0018,1065): Type 1C, VR DS, VM 1-n. Required if Frame Increment Pointer (0028,0009) points to Frame Time Vector. An array that contains the real time increments (in msec) between frames for a Multi-frame image. See Section C.7.6.5.1.2 for further explanation. Required if Frame Increment Pointer (0028,0009) points to Frame Time Vector."""

    StartTrim: Annotated[vr.IS | None, Attribute(0x00082142, "IS", "1", "3", name="Start Trim")] = (
        None
    )
    """Start Trim (0008,2142): Type 3, VR IS, VM 1. The frame number of the first frame of the Multi-frame image to be displayed."""

    StopTrim: Annotated[vr.IS | None, Attribute(0x00082143, "IS", "1", "3", name="Stop Trim")] = (
        None
    )
    """Stop Trim (0008,2143): Type 3, VR IS, VM 1. The Frame Number of the last frame of a Multi-frame image to be displayed."""

    RecommendedDisplayFrameRate: Annotated[
        vr.IS | None, Attribute(0x00082144, "IS", "1", "3", name="Recommended Display Frame Rate")
    ] = None
    """Recommended Display Frame Rate (0008,2144): Type 3, VR IS, VM 1. Recommended rate at which the frames of a Multi-frame image should be displayed in frames/second."""

    CineRate: Annotated[vr.IS | None, Attribute(0x00180040, "IS", "1", "3", name="Cine Rate")] = (
        None
    )
    """Cine Rate (0018,0040): Type 3, VR IS, VM 1. Number of frames per second."""

    FrameDelay: Annotated[
        vr.DS | None, Attribute(0x00181066, "DS", "1", "3", name="Frame Delay")
    ] = None
    """Frame Delay (0018,1066): Type 3, VR DS, VM 1. Time (in msec) from Content Time (0008,0033) to the start of the first frame in a Multi-frame image."""

    ImageTriggerDelay: Annotated[
        vr.DS | None, Attribute(0x00181067, "DS", "1", "3", name="Image Trigger Delay")
    ] = None
    """Image Trigger Delay (0018,1067): Type 3, VR DS, VM 1. Delay time in milliseconds from trigger (e.g., X-Ray on pulse) to the first frame of a Multi-frame image."""

    EffectiveDuration: Annotated[
        vr.DS | None, Attribute(0x00180072, "DS", "1", "3", name="Effective Duration")
    ] = None
    """Effective Duration (0018,0072): Type 3, VR DS, VM 1. Total time in seconds that data was actually taken for the entire Multi-frame image."""

    ActualFrameDuration: Annotated[
        vr.IS | None, Attribute(0x00181242, "IS", "1", "3", name="Actual Frame Duration")
    ] = None
    """Actual Frame Duration (0018,1242): Type 3, VR IS, VM 1. Elapsed time of data acquisition in msec per each frame."""

    MultiplexedAudioChannelsDescriptionCodeSequence: Annotated[
        list[_MultiplexedAudioChannelsDescriptionCodeSequenceItem] | None,
        Attribute(
            0x003A0300,
            "SQ",
            "1",
            "2C",
            name="Multiplexed Audio Channels Description Code Sequence",
            when=("unknown", "depends on the multi-frame structure of the pixel data"),
        ),
    ] = None
    """Multiplexed Audio Channels Description Code Sequence (003A,0300): Type 2C, VR SQ, VM 1. Required if the Transfer Syntax used to encode the multi-frame image contains multiplexed (interleaved) audio channels, such as is possible with MPEG2 Systems (see [ISO/IEC 13818-1]). Description of any multiplexed audio channels. See Section C.7.6.5.1.3. Zero or more Items may be included in this Sequence."""


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
    "MultiplexedAudioChannelsDescriptionCodeSequenceItem": (
        "dicomodel.items.multiplexed_audio_channels_description_code_sequence_item",
        "MultiplexedAudioChannelsDescriptionCodeSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
