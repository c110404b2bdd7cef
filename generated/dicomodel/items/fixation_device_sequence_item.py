"""Item class FixationDeviceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.fixation_device_type import (
        FixationDeviceTypeTerm as _FixationDeviceTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _FixationDeviceTypeTerm = Lazy("dicomodel.enums.fixation_device_type", "FixationDeviceTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.fixation_device_type import (
        FixationDeviceTypeTerm as FixationDeviceTypeTerm,
    )

__all__ = [
    "FixationDeviceSequenceItem",
    "FixationDeviceTypeTerm",
]


class FixationDeviceSequenceItem(DicomModel):
    """An item of Fixation Device Sequence (300A,0190), as first defined in RT Patient Setup Module Attributes (C.8-48)."""

    dicom_name: ClassVar[str] = "Fixation Device Sequence"
    dicom_table: ClassVar[str] = "table_C.8-48"

    FixationDeviceType: Annotated[
        _FixationDeviceTypeTerm | vr.CS,
        Attribute(0x300A0192, "CS", "1", "1", name="Fixation Device Type"),
    ]
    """Fixation Device Type (300A,0192): Type 1, VR CS, VM 1. Type of Fixation Device used during in Patient Setup. Defined Terms: BITEBLOCK HEADFRAME MASK MOLD CAST HEADREST BREAST_BOARD BODY_FRAME VACUUM_MOLD WHOLE_BODY_POD RECTAL_BALLOON"""

    FixationDeviceLabel: Annotated[
        vr.SH | None, Attribute(0x300A0194, "SH", "1", "2", name="Fixation Device Label")
    ]
    """Fixation Device Label (300A,0194): Type 2, VR SH, VM 1. User-defined label identifier for Fixation Device."""

    FixationDeviceDescription: Annotated[
        vr.ST | None, Attribute(0x300A0196, "ST", "1", "3", name="Fixation Device Description")
    ] = None
    """Fixation Device Description (300A,0196): Type 3, VR ST, VM 1. User-defined description of Fixation Device."""

    FixationDevicePosition: Annotated[
        vr.SH | None, Attribute(0x300A0198, "SH", "1", "3", name="Fixation Device Position")
    ] = None
    """Fixation Device Position (300A,0198): Type 3, VR SH, VM 1. Position/Notch number of Fixation Device."""

    FixationDevicePitchAngle: Annotated[
        vr.FL | None, Attribute(0x300A0199, "FL", "1", "3", name="Fixation Device Pitch Angle")
    ] = None
    """Fixation Device Pitch Angle (300A,0199): Type 3, VR FL, VM 1. The Fixation Device Pitch Angle, i.e., orientation of PITCHED FIXATION DEVICE coordinate system with respect to IEC PATIENT SUPPORT coordinate system (degrees). Pitching is the rotation around IEC PATIENT SUPPORT X-axis."""

    FixationDeviceRollAngle: Annotated[
        vr.FL | None, Attribute(0x300A019A, "FL", "1", "3", name="Fixation Device Roll Angle")
    ] = None
    """Fixation Device Roll Angle (300A,019A): Type 3, VR FL, VM 1. The Fixation Device Roll Angle, i.e., orientation of ROLLED FIXATION DEVICE coordinate system with respect to IEC PITCHED FIXATION DEVICE coordinate system (degrees). Rolling is the rotation around IEC PATIENT SUPPORT Y-axis."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An identifier for the accessory intended to be read by a device such as a bar-code reader."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FixationDeviceTypeTerm": ("dicomodel.enums.fixation_device_type", "FixationDeviceTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
