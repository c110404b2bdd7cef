"""Item class RecordedBlockSequenceItemRTIonBeamsSessionRecord.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.recorded_block_slab_sequence_item import (
        RecordedBlockSlabSequenceItem as _RecordedBlockSlabSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RecordedBlockSlabSequenceItem = Lazy(
        "dicomodel.items.recorded_block_slab_sequence_item", "RecordedBlockSlabSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.recorded_block_slab_sequence_item import (
        RecordedBlockSlabSequenceItem as RecordedBlockSlabSequenceItem,
    )

__all__ = [
    "RecordedBlockSequenceItemRTIonBeamsSessionRecord",
    "RecordedBlockSlabSequenceItem",
]


class RecordedBlockSequenceItemRTIonBeamsSessionRecord(DicomModel):
    """An item of Recorded Block Sequence (3008,00D0), as first defined in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    dicom_name: ClassVar[str] = "Recorded Block Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.26-1"

    BlockTrayID: Annotated[
        vr.SH | None, Attribute(0x300A00F5, "SH", "1", "3", name="Block Tray ID")
    ] = None
    """Block Tray ID (300A,00F5): Type 3, VR SH, VM 1. User-supplied identifier for block tray."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. Recorded machine-readable identifier for this Block during beam delivery. Shall not be present if Recorded Block Slab Sequence (3008,00D1) is present."""

    ReferencedBlockNumber: Annotated[
        vr.IS, Attribute(0x300C00E0, "IS", "1", "1", name="Referenced Block Number")
    ]
    """Referenced Block Number (300C,00E0): Type 1, VR IS, VM 1. Uniquely identifies block specified by Block Number (300A,00FC) within Beam referenced by Referenced Beam Number (300C,0006)."""

    BlockName: Annotated[vr.LO | None, Attribute(0x300A00FE, "LO", "1", "3", name="Block Name")] = (
        None
    )
    """Block Name (300A,00FE): Type 3, VR LO, VM 1. User-defined name for block."""

    NumberOfBlockSlabItems: Annotated[
        vr.IS | None, Attribute(0x300A0440, "IS", "1", "3", name="Number of Block Slab Items")
    ] = None
    """Number of Block Slab Items (300A,0440): Type 3, VR IS, VM 1. Number of Block Slabs comprising the Block recorded as being present during beam delivery."""

    RecordedBlockSlabSequence: Annotated[
        list[_RecordedBlockSlabSequenceItem] | None,
        Attribute(
            0x300800D1,
            "SQ",
            "1",
            "1C",
            name="Recorded Block Slab Sequence",
            when=("and", ("present", 0x300A0440), ("compare", 0x300A0440, 1, ">", 0)),
        ),
    ] = None
    """Recorded Block Slab Sequence (3008,00D1): Type 1C, VR SQ, VM 1. Required if Number of Block Slab Items (300A,0440) is present and has a value greater than zero. Sequence of slab(s) that comprise the block recorded as being present during beam delivery. Required if Number of Block Slab Items (300A,0440) is present and has a value greater than zero."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RecordedBlockSlabSequenceItem": (
        "dicomodel.items.recorded_block_slab_sequence_item",
        "RecordedBlockSlabSequenceItem",
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
