"""Item class MultiplexedAudioChannelsDescriptionCodeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import channel_mode as _channel_mode
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class MultiplexedAudioChannelsDescriptionCodeSequenceItem(DicomModel):
    """An item of Multiplexed Audio Channels Description Code Sequence (003A,0300), as first defined in Cine Module Attributes (C.7-13)."""

    dicom_name: ClassVar[str] = "Multiplexed Audio Channels Description Code Sequence"
    dicom_table: ClassVar[str] = "table_C.7-13"

    ChannelIdentificationCode: Annotated[
        vr.IS, Attribute(0x003A0301, "IS", "1", "1", name="Channel Identification Code")
    ]
    """Channel Identification Code (003A,0301): Type 1, VR IS, VM 1. A reference to the audio channel as identified within Transfer Syntax encoded bit stream (1 for the main channel, 2 for the second channel and 3 to 9 to the complementary channels)."""

    ChannelMode: Annotated[
        _channel_mode.ChannelMode,
        Attribute(
            0x003A0302, "CS", "1", "1", name="Channel Mode", enumerated=((0, ("MONO", "STEREO")),)
        ),
    ]
    """Channel Mode (003A,0302): Type 1, VR CS, VM 1. A coded descriptor qualifying the mode of the channel: Enumerated Values: MONO 1 signal STEREO 2 simultaneously acquired (left and right) signals"""

    ChannelSourceSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x003A0208, "SQ", "1", "1", name="Channel Source Sequence"),
    ]
    """Channel Source Sequence (003A,0208): Type 1, VR SQ, VM 1. A coded descriptor of the audio channel source. Only a single Item shall be included in this Sequence."""
