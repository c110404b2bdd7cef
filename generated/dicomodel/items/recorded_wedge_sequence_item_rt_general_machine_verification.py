"""Item class RecordedWedgeSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RecordedWedgeSequenceItemRTGeneralMachineVerification",
]


class RecordedWedgeSequenceItemRTGeneralMachineVerification(DicomModel):
    """An item of Recorded Wedge Sequence (3008,00B0), as first defined in RT General Machine Verification Module Attributes (C.31-1)."""

    dicom_name: ClassVar[str] = "Recorded Wedge Sequence"
    dicom_table: ClassVar[str] = "table_C.31-1"

    WedgeNumber: Annotated[
        vr.IS | None, Attribute(0x300A00D2, "IS", "1", None, name="Wedge Number")
    ] = None
    """Wedge Number (300A,00D2): no Type, VR IS, VM 1. Identification number of the Wedge. The value of Wedge Number (300A,00D2) shall be unique within the Wedge Sequence."""

    WedgeID: Annotated[vr.SH | None, Attribute(0x300A00D4, "SH", "1", None, name="Wedge ID")] = None
    """Wedge ID (300A,00D4): no Type, VR SH, VM 1. User-supplied identifier for wedge."""

    WedgeAngle: Annotated[
        vr.IS | None, Attribute(0x300A00D5, "IS", "1", None, name="Wedge Angle")
    ] = None
    """Wedge Angle (300A,00D5): no Type, VR IS, VM 1. Nominal wedge angle delivered in degrees."""

    WedgeOrientation: Annotated[
        vr.DS | None, Attribute(0x300A00D8, "DS", "1", None, name="Wedge Orientation")
    ] = None
    """Wedge Orientation (300A,00D8): no Type, VR DS, VM 1. Orientation of wedge, i.e., orientation of the IEC WEDGE FILTER coordinate system with respect to the IEC BEAM LIMITING DEVICE coordinate system, in degrees."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", None, name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): no Type, VR LO, VM 1. An identifier for the accessory intended to be read by a device such as a bar-code reader."""
