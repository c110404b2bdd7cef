"""Item class RecordedRangeShifterSequenceItemRTIonMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RecordedRangeShifterSequenceItemRTIonMachineVerification",
]


class RecordedRangeShifterSequenceItemRTIonMachineVerification(DicomModel):
    """An item of Recorded Range Shifter Sequence (3008,00F2), as first defined in RT Ion Machine Verification Module Attributes (C.31-3)."""

    dicom_name: ClassVar[str] = "Recorded Range Shifter Sequence"
    dicom_table: ClassVar[str] = "table_C.31-3"

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", None, name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): no Type, VR LO, VM 1. An accessory identifier to be read by a device such as a bar code reader."""

    RangeShifterID: Annotated[
        vr.SH | None, Attribute(0x300A0318, "SH", "1", None, name="Range Shifter ID")
    ] = None
    """Range Shifter ID (300A,0318): no Type, VR SH, VM 1. User or machine supplied identifier for Range Modulator."""

    ReferencedRangeShifterNumber: Annotated[
        vr.IS | None, Attribute(0x300C0100, "IS", "1", None, name="Referenced Range Shifter Number")
    ] = None
    """Referenced Range Shifter Number (300C,0100): no Type, VR IS, VM 1. Uniquely identifies range shifter specified by Range Shifter Number (300A,0316) within Beam referenced by Referenced Beam Number (300C,0006)."""
