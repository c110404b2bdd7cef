"""Item class BlockSlabSequenceItemRTIonBeams.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "BlockSlabSequenceItemRTIonBeams",
]


class BlockSlabSequenceItemRTIonBeams(DicomModel):
    """An item of Block Slab Sequence (300A,0441), as first defined in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    dicom_name: ClassVar[str] = "Block Slab Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.25-1"

    BlockSlabNumber: Annotated[
        vr.US, Attribute(0x300A0443, "US", "1", "1", name="Block Slab Number")
    ]
    """Block Slab Number (300A,0443): Type 1, VR US, VM 1. Identification number of the Block Slab. The value shall start at 1, and increase monotonically by 1. The number indicates the order of the slabs with respect to the source, where number 1 corresponds to the slab nearest to the source."""

    BlockSlabThickness: Annotated[
        vr.DS | None, Attribute(0x300A0442, "DS", "1", "3", name="Block Slab Thickness")
    ] = None
    """Block Slab Thickness (300A,0442): Type 3, VR DS, VM 1. Physical thickness of block slab (in mm) parallel to radiation beam axis. The sum of the Block Slab Thickness (300A,0442) values of all Items of this Sequence shall be equal to the Block Thickness (300A,0100) of the block."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. Machine-readable identifier for this Block Slab."""
