"""Item class LateralSpreadingDeviceSettingsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "LateralSpreadingDeviceSettingsSequenceItem",
]


class LateralSpreadingDeviceSettingsSequenceItem(DicomModel):
    """An item of Lateral Spreading Device Settings Sequence (300A,0370), as first defined in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    dicom_name: ClassVar[str] = "Lateral Spreading Device Settings Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.25-1"

    ReferencedLateralSpreadingDeviceNumber: Annotated[
        vr.IS,
        Attribute(0x300C0102, "IS", "1", "1", name="Referenced Lateral Spreading Device Number"),
    ]
    """Referenced Lateral Spreading Device Number (300C,0102): Type 1, VR IS, VM 1. Uniquely references Lateral Spreading Device described by Lateral Spreading Device Number (300A,0334) in Lateral Spreading Device Sequence (300A,0332)."""

    LateralSpreadingDeviceSetting: Annotated[
        vr.LO, Attribute(0x300A0372, "LO", "1", "1", name="Lateral Spreading Device Setting")
    ]
    """Lateral Spreading Device Setting (300A,0372): Type 1, VR LO, VM 1. Machine specific setting Attribute for the lateral spreading device. The specific encoding of this value should be documented in a Conformance Statement. See Section C.8.8.25.5."""

    IsocenterToLateralSpreadingDeviceDistance: Annotated[
        vr.FL | None,
        Attribute(
            0x300A0374, "FL", "1", "3", name="Isocenter to Lateral Spreading Device Distance"
        ),
    ] = None
    """Isocenter to Lateral Spreading Device Distance (300A,0374): Type 3, VR FL, VM 1. Isocenter to downstream edge of Lateral Spreading Device (mm) at current control point. See Section C.8.8.25.4 and Section C.8.8.25.10"""

    LateralSpreadingDeviceWaterEquivalentThickness: Annotated[
        vr.FL | None,
        Attribute(
            0x300A033C, "FL", "1", "3", name="Lateral Spreading Device Water Equivalent Thickness"
        ),
    ] = None
    """Lateral Spreading Device Water Equivalent Thickness (300A,033C): Type 3, VR FL, VM 1. Water equivalent thickness (in mm) of the lateral spreading device at the central axis for the beam energy incident upon the device."""
