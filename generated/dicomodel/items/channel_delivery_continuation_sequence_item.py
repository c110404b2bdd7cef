"""Item class ChannelDeliveryContinuationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ChannelDeliveryContinuationSequenceItem",
]


class ChannelDeliveryContinuationSequenceItem(DicomModel):
    """An item of Channel Delivery Continuation Sequence (0074,140D), as first defined in RT Brachy Application Setup Delivery Instruction Module Attributes (C.8.8.30-1)."""

    dicom_name: ClassVar[str] = "Channel Delivery Continuation Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.30-1"

    ReferencedChannelNumber: Annotated[
        vr.IS, Attribute(0x00741406, "IS", "1", "1", name="Referenced Channel Number")
    ]
    """Referenced Channel Number (0074,1406): Type 1, VR IS, VM 1. The channel to be delivered, specified by the value of Channel Number (300A,0282) in referenced RT Plan."""

    StartCumulativeTimeWeight: Annotated[
        vr.DS, Attribute(0x00741407, "DS", "1", "1", name="Start Cumulative Time Weight")
    ]
    """Start Cumulative Time Weight (0074,1407): Type 1, VR DS, VM 1. Cumulative Time Weight where to start/continue the delivery of the referenced channel. See Section C.8.8.15.6."""

    EndCumulativeTimeWeight: Annotated[
        vr.DS, Attribute(0x00741408, "DS", "1", "1", name="End Cumulative Time Weight")
    ]
    """End Cumulative Time Weight (0074,1408): Type 1, VR DS, VM 1. Cumulative Time Weight where to stop the delivery of the referenced channel. See Section C.8.8.15.6."""
