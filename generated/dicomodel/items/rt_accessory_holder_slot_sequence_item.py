"""Item class RTAccessoryHolderSlotSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RTAccessoryHolderSlotSequenceItem",
]


class RTAccessoryHolderSlotSequenceItem(DicomModel):
    """An item of RT Accessory Holder Slot Sequence (300A,0610), as first defined in RT Accessory Holders Definition Macro Attributes (C.36.2.2.14-1)."""

    dicom_name: ClassVar[str] = "RT Accessory Holder Slot Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.2.14-1"

    RTAccessoryHolderSlotID: Annotated[
        vr.LO, Attribute(0x300A0611, "LO", "1", "1", name="RT Accessory Holder Slot ID")
    ]
    """RT Accessory Holder Slot ID (300A,0611): Type 1, VR LO, VM 1. The ID of the slot where accessories are inserted."""

    RTAccessoryHolderSlotDistance: Annotated[
        vr.FD | None,
        Attribute(0x300A0612, "FD", "1", "2", name="RT Accessory Holder Slot Distance"),
    ]
    """RT Accessory Holder Slot Distance (300A,0612): Type 2, VR FD, VM 1. Distance in mm from the reference location as specified by RT Device Distance Reference Location Code Sequence (300A,0659) to the slot along the radiation beam axis."""
