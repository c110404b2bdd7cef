"""Item class RangeShifterSettingsSequenceItemRTIonMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RangeShifterSettingsSequenceItemRTIonMachineVerification",
]


class RangeShifterSettingsSequenceItemRTIonMachineVerification(DicomModel):
    """An item of Range Shifter Settings Sequence (300A,0360), as first defined in RT Ion Machine Verification Module Attributes (C.31-3)."""

    dicom_name: ClassVar[str] = "Range Shifter Settings Sequence"
    dicom_table: ClassVar[str] = "table_C.31-3"

    RangeShifterSetting: Annotated[
        vr.LO | None, Attribute(0x300A0362, "LO", "1", None, name="Range Shifter Setting")
    ] = None
    """Range Shifter Setting (300A,0362): no Type, VR LO, VM 1. Machine specific setting Attribute for the range shifter. See Section C.8.8.25.5."""

    ReferencedRangeShifterNumber: Annotated[
        vr.IS | None, Attribute(0x300C0100, "IS", "1", None, name="Referenced Range Shifter Number")
    ] = None
    """Referenced Range Shifter Number (300C,0100): no Type, VR IS, VM 1. Uniquely references Range Shifter described by Range Shifter Number (300A,0316) in Range Shifter Sequence (300A,0314)."""
