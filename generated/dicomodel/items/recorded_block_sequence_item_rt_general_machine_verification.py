"""Item class RecordedBlockSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RecordedBlockSequenceItemRTGeneralMachineVerification",
]


class RecordedBlockSequenceItemRTGeneralMachineVerification(DicomModel):
    """An item of Recorded Block Sequence (3008,00D0), as first defined in RT General Machine Verification Module Attributes (C.31-1)."""

    dicom_name: ClassVar[str] = "Recorded Block Sequence"
    dicom_table: ClassVar[str] = "table_C.31-1"

    BlockTrayID: Annotated[
        vr.SH | None, Attribute(0x300A00F5, "SH", "1", None, name="Block Tray ID")
    ] = None
    """Block Tray ID (300A,00F5): no Type, VR SH, VM 1. User-supplied identifier for block tray or Electron Insert."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", None, name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): no Type, VR LO, VM 1. An identifier for the Block to be read by a device such as a bar-code reader."""

    ReferencedBlockNumber: Annotated[
        vr.IS | None, Attribute(0x300C00E0, "IS", "1", None, name="Referenced Block Number")
    ] = None
    """Referenced Block Number (300C,00E0): no Type, VR IS, VM 1. Uniquely identifies block specified by Block Number (300A,00FC) within Beam referenced by Referenced Beam Number (300C,0006)."""
