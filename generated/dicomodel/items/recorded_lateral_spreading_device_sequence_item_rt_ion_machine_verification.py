"""Item class RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification",
]


class RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification(DicomModel):
    """An item of Recorded Lateral Spreading Device Sequence (3008,00F4), as first defined in RT Ion Machine Verification Module Attributes (C.31-3)."""

    dicom_name: ClassVar[str] = "Recorded Lateral Spreading Device Sequence"
    dicom_table: ClassVar[str] = "table_C.31-3"

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", None, name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): no Type, VR LO, VM 1. An accessory identifier to be read by a device such as a bar code reader."""

    LateralSpreadingDeviceID: Annotated[
        vr.SH | None, Attribute(0x300A0336, "SH", "1", None, name="Lateral Spreading Device ID")
    ] = None
    """Lateral Spreading Device ID (300A,0336): no Type, VR SH, VM 1. User or machine supplied identifier for Lateral Spreading Device."""

    ReferencedLateralSpreadingDeviceNumber: Annotated[
        vr.IS | None,
        Attribute(0x300C0102, "IS", "1", None, name="Referenced Lateral Spreading Device Number"),
    ] = None
    """Referenced Lateral Spreading Device Number (300C,0102): no Type, VR IS, VM 1. Uniquely identifies lateral spreading device specified by Lateral Spreading Device Number (300A,0334) within Beam referenced by Referenced Beam Number (300C,0006)."""
