"""Item class ChannelDeliveryOrderSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ChannelDeliveryOrderSequenceItem",
]


class ChannelDeliveryOrderSequenceItem(DicomModel):
    """An item of Channel Delivery Order Sequence (0074,1405), as first defined in RT Brachy Application Setup Delivery Instruction Module Attributes (C.8.8.30-1)."""

    dicom_name: ClassVar[str] = "Channel Delivery Order Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.30-1"

    ReferencedChannelNumber: Annotated[
        vr.IS, Attribute(0x00741406, "IS", "1", "1", name="Referenced Channel Number")
    ]
    """Referenced Channel Number (0074,1406): Type 1, VR IS, VM 1. The channel to be delivered, specified by the value of Channel Number (300A,0282) in referenced RT Plan."""

    ChannelDeliveryOrderIndex: Annotated[
        vr.IS, Attribute(0x0074140C, "IS", "1", "1", name="Channel Delivery Order Index")
    ]
    """Channel Delivery Order Index (0074,140C): Type 1, VR IS, VM 1. The order of delivery of this channel, monotonically increasing by 1, starting from 1, where number 1 is the first channel to be delivered."""
