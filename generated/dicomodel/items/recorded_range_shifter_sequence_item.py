"""Item class RecordedRangeShifterSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RecordedRangeShifterSequenceItem",
]


class RecordedRangeShifterSequenceItem(DicomModel):
    """An item of Recorded Range Shifter Sequence (3008,00F2), as first defined in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    dicom_name: ClassVar[str] = "Recorded Range Shifter Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.26-1"

    ReferencedRangeShifterNumber: Annotated[
        vr.IS, Attribute(0x300C0100, "IS", "1", "1", name="Referenced Range Shifter Number")
    ]
    """Referenced Range Shifter Number (300C,0100): Type 1, VR IS, VM 1. Uniquely identifies range shifter specified by Range Shifter Number (300A,0316) within Beam referenced by Referenced Beam Number (300C,0006)."""

    RangeShifterID: Annotated[vr.SH, Attribute(0x300A0318, "SH", "1", "1", name="Range Shifter ID")]
    """Range Shifter ID (300A,0318): Type 1, VR SH, VM 1. User or machine supplied identifier for Range Modulator."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An accessory identifier to be read by a device such as a bar code reader."""
