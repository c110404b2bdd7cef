"""Item class RecordedCompensatorSequenceItemRTIonBeamsSessionRecord.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RecordedCompensatorSequenceItemRTIonBeamsSessionRecord",
]


class RecordedCompensatorSequenceItemRTIonBeamsSessionRecord(DicomModel):
    """An item of Recorded Compensator Sequence (3008,00C0), as first defined in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    dicom_name: ClassVar[str] = "Recorded Compensator Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.26-1"

    ReferencedCompensatorNumber: Annotated[
        vr.IS, Attribute(0x300C00D0, "IS", "1", "1", name="Referenced Compensator Number")
    ]
    """Referenced Compensator Number (300C,00D0): Type 1, VR IS, VM 1. Uniquely identifies compensator specified by Compensator Number (300A,00E4) within Beam referenced by Referenced Beam Number (300C,0006)."""

    CompensatorID: Annotated[
        vr.SH | None, Attribute(0x300A00E5, "SH", "1", "3", name="Compensator ID")
    ] = None
    """Compensator ID (300A,00E5): Type 3, VR SH, VM 1. User-supplied identifier for compensator."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An accessory identifier to be read by a device such as a bar code reader."""
