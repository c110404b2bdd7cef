"""Item class RecordedCompensatorSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RecordedCompensatorSequenceItemRTGeneralMachineVerification",
]


class RecordedCompensatorSequenceItemRTGeneralMachineVerification(DicomModel):
    """An item of Recorded Compensator Sequence (3008,00C0), as first defined in RT General Machine Verification Module Attributes (C.31-1)."""

    dicom_name: ClassVar[str] = "Recorded Compensator Sequence"
    dicom_table: ClassVar[str] = "table_C.31-1"

    CompensatorID: Annotated[
        vr.SH | None, Attribute(0x300A00E5, "SH", "1", None, name="Compensator ID")
    ] = None
    """Compensator ID (300A,00E5): no Type, VR SH, VM 1. User-supplied identifier for compensator."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", None, name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): no Type, VR LO, VM 1. An identifier for the accessory intended to be read by a device such as a bar-code reader."""

    CompensatorTrayID: Annotated[
        vr.SH | None, Attribute(0x300A00EF, "SH", "1", None, name="Compensator Tray ID")
    ] = None
    """Compensator Tray ID (300A,00EF): no Type, VR SH, VM 1. User-supplied identifier for compensator tray."""

    ReferencedCompensatorNumber: Annotated[
        vr.IS | None, Attribute(0x300C00D0, "IS", "1", None, name="Referenced Compensator Number")
    ] = None
    """Referenced Compensator Number (300C,00D0): no Type, VR IS, VM 1. Uniquely identifies compensator specified by Compensator Number (300A,00E4) within Beam referenced by Referenced Beam Number (300C,0006)."""
