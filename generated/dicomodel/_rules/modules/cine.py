"""Presence rules of Cine Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CineModule = (
    "table_C.7-13",
    (
        (
            "PreferredPlaybackSequencing",
            Attribute(
                0x00181244,
                "US",
                "1",
                "3",
                name="Preferred Playback Sequencing",
                enumerated=((0, ("0", "1")),),
            ),
            None,
        ),
        (
            "FrameTime",
            Attribute(
                0x00181063,
                "DS",
                "1",
                "1C",
                name="Frame Time",
                when=("value", 0x00280009, 0, "in", (1577059,)),
            ),
            None,
        ),
        (
            "FrameTimeVector",
            Attribute(
                0x00181065,
                "DS",
                "1-n",
                "1C",
                name="Frame Time Vector",
                when=("value", 0x00280009, 0, "in", (1577061,)),
            ),
            None,
        ),
        ("StartTrim", Attribute(0x00082142, "IS", "1", "3", name="Start Trim"), None),
        ("StopTrim", Attribute(0x00082143, "IS", "1", "3", name="Stop Trim"), None),
        (
            "RecommendedDisplayFrameRate",
            Attribute(0x00082144, "IS", "1", "3", name="Recommended Display Frame Rate"),
            None,
        ),
        ("CineRate", Attribute(0x00180040, "IS", "1", "3", name="Cine Rate"), None),
        ("FrameDelay", Attribute(0x00181066, "DS", "1", "3", name="Frame Delay"), None),
        (
            "ImageTriggerDelay",
            Attribute(0x00181067, "DS", "1", "3", name="Image Trigger Delay"),
            None,
        ),
        (
            "EffectiveDuration",
            Attribute(0x00180072, "DS", "1", "3", name="Effective Duration"),
            None,
        ),
        (
            "ActualFrameDuration",
            Attribute(0x00181242, "IS", "1", "3", name="Actual Frame Duration"),
            None,
        ),
        (
            "MultiplexedAudioChannelsDescriptionCodeSequence",
            Attribute(
                0x003A0300,
                "SQ",
                "1",
                "2C",
                name="Multiplexed Audio Channels Description Code Sequence",
                when=("unknown", "depends on the multi-frame structure of the pixel data"),
            ),
            Lazy(
                "dicomodel.items.multiplexed_audio_channels_description_code_sequence_item",
                "MultiplexedAudioChannelsDescriptionCodeSequenceItem",
            ),
        ),
    ),
)
