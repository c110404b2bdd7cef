"""Item class SetupDeviceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.setup_device_type import SetupDeviceTypeTerm as _SetupDeviceTypeTerm
else:
    from dicomodel.lazy import Lazy

    _SetupDeviceTypeTerm = Lazy("dicomodel.enums.setup_device_type", "SetupDeviceTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.setup_device_type import SetupDeviceTypeTerm as SetupDeviceTypeTerm

__all__ = [
    "SetupDeviceSequenceItem",
    "SetupDeviceTypeTerm",
]


class SetupDeviceSequenceItem(DicomModel):
    """An item of Setup Device Sequence (300A,01B4), as first defined in RT Patient Setup Module Attributes (C.8-48)."""

    dicom_name: ClassVar[str] = "Setup Device Sequence"
    dicom_table: ClassVar[str] = "table_C.8-48"

    SetupDeviceType: Annotated[
        _SetupDeviceTypeTerm | vr.CS,
        Attribute(0x300A01B6, "CS", "1", "1", name="Setup Device Type"),
    ]
    """Setup Device Type (300A,01B6): Type 1, VR CS, VM 1. Type of Setup Device used for patient alignment. Defined Terms: LASER_POINTER DISTANCE_METER TABLE_HEIGHT MECHANICAL_PTR ARC"""

    SetupDeviceLabel: Annotated[
        vr.SH | None, Attribute(0x300A01B8, "SH", "1", "2", name="Setup Device Label")
    ]
    """Setup Device Label (300A,01B8): Type 2, VR SH, VM 1. User-defined label for Setup Device used for patient alignment."""

    SetupDeviceDescription: Annotated[
        vr.ST | None, Attribute(0x300A01BA, "ST", "1", "3", name="Setup Device Description")
    ] = None
    """Setup Device Description (300A,01BA): Type 3, VR ST, VM 1. User-defined description for Setup Device used for patient alignment."""

    SetupDeviceParameter: Annotated[
        vr.DS | None, Attribute(0x300A01BC, "DS", "1", "2", name="Setup Device Parameter")
    ]
    """Setup Device Parameter (300A,01BC): Type 2, VR DS, VM 1. Setup Parameter for Setup Device in appropriate [IEC 61217] coordinate system. Units shall be mm for distances and degrees for angles."""

    SetupReferenceDescription: Annotated[
        vr.ST | None, Attribute(0x300A01D0, "ST", "1", "3", name="Setup Reference Description")
    ] = None
    """Setup Reference Description (300A,01D0): Type 3, VR ST, VM 1. User-defined description of Setup Reference used for patient alignment."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An identifier for the accessory intended to be read by a device such as a bar-code reader."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "SetupDeviceTypeTerm": ("dicomodel.enums.setup_device_type", "SetupDeviceTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
