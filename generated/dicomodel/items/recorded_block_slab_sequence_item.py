"""Item class RecordedBlockSlabSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RecordedBlockSlabSequenceItem",
]


class RecordedBlockSlabSequenceItem(DicomModel):
    """An item of Recorded Block Slab Sequence (3008,00D1), as first defined in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    dicom_name: ClassVar[str] = "Recorded Block Slab Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.26-1"

    BlockSlabNumber: Annotated[
        vr.US, Attribute(0x300A0443, "US", "1", "1", name="Block Slab Number")
    ]
    """Block Slab Number (300A,0443): Type 1, VR US, VM 1. Identification number of the Block Slab. The value shall start at 1, and increase monotonically by 1. The number indicates the order of the slabs with respect to the source, where number 1 corresponds to the slab nearest to the source."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. Recorded machine-readable identifier for this Block Slab during beam delivery."""
