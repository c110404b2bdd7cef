"""Item class ReferencedBolusSequenceItemRTGeneralMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedBolusSequenceItemRTGeneralMachineVerification",
]


class ReferencedBolusSequenceItemRTGeneralMachineVerification(DicomModel):
    """An item of Referenced Bolus Sequence (300C,00B0), as first defined in RT General Machine Verification Module Attributes (C.31-1)."""

    dicom_name: ClassVar[str] = "Referenced Bolus Sequence"
    dicom_table: ClassVar[str] = "table_C.31-1"

    ReferencedROINumber: Annotated[
        vr.IS | None, Attribute(0x30060084, "IS", "1", None, name="Referenced ROI Number")
    ] = None
    """Referenced ROI Number (3006,0084): no Type, VR IS, VM 1. Uniquely identifies ROI representing the Bolus specified by ROI Number (3006,0022) in Structure Set ROI Sequence (3006,0020) in Structure Set Module within RT Structure Set in Referenced Structure Set Sequence (300C,0060) in RT General Plan..."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", None, name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): no Type, VR LO, VM 1. An accessory identifier to be read by a device such as a bar code reader."""
