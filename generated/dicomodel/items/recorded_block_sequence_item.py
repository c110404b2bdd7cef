"""Item class RecordedBlockSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RecordedBlockSequenceItem",
]


class RecordedBlockSequenceItem(DicomModel):
    """An item of Recorded Block Sequence (3008,00D0), as first defined in RT Beams Session Record Module Attributes (C.8-57)."""

    dicom_name: ClassVar[str] = "Recorded Block Sequence"
    dicom_table: ClassVar[str] = "table_C.8-57"

    BlockTrayID: Annotated[
        vr.SH | None, Attribute(0x300A00F5, "SH", "1", "3", name="Block Tray ID")
    ] = None
    """Block Tray ID (300A,00F5): Type 3, VR SH, VM 1. User-supplied identifier for block tray or Electron Insert."""

    TrayAccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A0355, "LO", "1", "3", name="Tray Accessory Code")
    ] = None
    """Tray Accessory Code (300A,0355): Type 3, VR LO, VM 1. An identifier for the Tray intended to be read by a device such as a bar-code reader."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An identifier for the Block intended to be read by a device such as a bar-code reader."""

    ReferencedBlockNumber: Annotated[
        vr.IS | None, Attribute(0x300C00E0, "IS", "1", "3", name="Referenced Block Number")
    ] = None
    """Referenced Block Number (300C,00E0): Type 3, VR IS, VM 1. Uniquely identifies block specified by Block Number (300A,00FC) within Beam referenced by Referenced Beam Number (300C,0006)."""

    BlockName: Annotated[vr.LO | None, Attribute(0x300A00FE, "LO", "1", "2", name="Block Name")]
    """Block Name (300A,00FE): Type 2, VR LO, VM 1. User-defined name for block."""
