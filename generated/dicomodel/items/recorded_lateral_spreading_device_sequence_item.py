"""Item class RecordedLateralSpreadingDeviceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RecordedLateralSpreadingDeviceSequenceItem",
]


class RecordedLateralSpreadingDeviceSequenceItem(DicomModel):
    """An item of Recorded Lateral Spreading Device Sequence (3008,00F4), as first defined in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    dicom_name: ClassVar[str] = "Recorded Lateral Spreading Device Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.26-1"

    ReferencedLateralSpreadingDeviceNumber: Annotated[
        vr.IS,
        Attribute(0x300C0102, "IS", "1", "1", name="Referenced Lateral Spreading Device Number"),
    ]
    """Referenced Lateral Spreading Device Number (300C,0102): Type 1, VR IS, VM 1. Uniquely identifies lateral spreading device specified by Lateral Spreading Device Number (300A,0334) within Beam referenced by Referenced Beam Number (300C,0006)."""

    LateralSpreadingDeviceID: Annotated[
        vr.SH, Attribute(0x300A0336, "SH", "1", "1", name="Lateral Spreading Device ID")
    ]
    """Lateral Spreading Device ID (300A,0336): Type 1, VR SH, VM 1. User or machine supplied identifier for Lateral Spreading Device."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An accessory identifier to be read by a device such as a bar code reader."""
