"""Item class LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification",
]


class LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification(DicomModel):
    """An item of Lateral Spreading Device Settings Sequence (300A,0370), as first defined in RT Ion Machine Verification Module Attributes (C.31-3)."""

    dicom_name: ClassVar[str] = "Lateral Spreading Device Settings Sequence"
    dicom_table: ClassVar[str] = "table_C.31-3"

    LateralSpreadingDeviceSetting: Annotated[
        vr.LO | None,
        Attribute(0x300A0372, "LO", "1", None, name="Lateral Spreading Device Setting"),
    ] = None
    """Lateral Spreading Device Setting (300A,0372): no Type, VR LO, VM 1. Machine specific setting Attribute for the lateral spreading device. See Section C.8.8.25.5."""

    ReferencedLateralSpreadingDeviceNumber: Annotated[
        vr.IS | None,
        Attribute(0x300C0102, "IS", "1", None, name="Referenced Lateral Spreading Device Number"),
    ] = None
    """Referenced Lateral Spreading Device Number (300C,0102): no Type, VR IS, VM 1. Uniquely references Lateral Spreading Device described by Lateral Spreading Device Number (300A,0334) in Lateral Spreading Device Sequence (300A,0332)."""
