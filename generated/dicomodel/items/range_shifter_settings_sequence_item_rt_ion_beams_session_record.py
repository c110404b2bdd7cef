"""Item class RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord",
]


class RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord(DicomModel):
    """An item of Range Shifter Settings Sequence (300A,0360), as first defined in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    dicom_name: ClassVar[str] = "Range Shifter Settings Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.26-1"

    ReferencedRangeShifterNumber: Annotated[
        vr.IS, Attribute(0x300C0100, "IS", "1", "1", name="Referenced Range Shifter Number")
    ]
    """Referenced Range Shifter Number (300C,0100): Type 1, VR IS, VM 1. Uniquely references Range Shifter described by Range Shifter Number (300A,0316) in Range Shifter Sequence (300A,0314)."""

    RangeShifterSetting: Annotated[
        vr.LO, Attribute(0x300A0362, "LO", "1", "1", name="Range Shifter Setting")
    ]
    """Range Shifter Setting (300A,0362): Type 1, VR LO, VM 1. Machine specific setting Attribute for the range shifter. The specific encoding of this value should be documented in a Conformance Statement. See Section C.8.8.25.5."""
