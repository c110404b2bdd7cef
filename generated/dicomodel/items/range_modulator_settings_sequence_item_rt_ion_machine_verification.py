"""Item class RangeModulatorSettingsSequenceItemRTIonMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RangeModulatorSettingsSequenceItemRTIonMachineVerification",
]


class RangeModulatorSettingsSequenceItemRTIonMachineVerification(DicomModel):
    """An item of Range Modulator Settings Sequence (300A,0380), as first defined in RT Ion Machine Verification Module Attributes (C.31-3)."""

    dicom_name: ClassVar[str] = "Range Modulator Settings Sequence"
    dicom_table: ClassVar[str] = "table_C.31-3"

    RangeModulatorGatingStartValue: Annotated[
        vr.FL | None,
        Attribute(0x300A0382, "FL", "1", None, name="Range Modulator Gating Start Value"),
    ] = None
    """Range Modulator Gating Start Value (300A,0382): no Type, VR FL, VM 1. Start position, defining the range modulator position at which the beam is switched on."""

    RangeModulatorGatingStopValue: Annotated[
        vr.FL | None,
        Attribute(0x300A0384, "FL", "1", None, name="Range Modulator Gating Stop Value"),
    ] = None
    """Range Modulator Gating Stop Value (300A,0384): no Type, VR FL, VM 1. Stop position, defining the range modulator position at which the beam is switched off."""

    ReferencedRangeModulatorNumber: Annotated[
        vr.IS | None,
        Attribute(0x300C0104, "IS", "1", None, name="Referenced Range Modulator Number"),
    ] = None
    """Referenced Range Modulator Number (300C,0104): no Type, VR IS, VM 1. Uniquely references Range Modulator described by Range Modulator Number (300A,0344) in Range Modulator Sequence (300A,0342)."""
