"""Item class ShieldingDeviceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.shielding_device_type import (
        ShieldingDeviceTypeTerm as _ShieldingDeviceTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _ShieldingDeviceTypeTerm = Lazy(
        "dicomodel.enums.shielding_device_type", "ShieldingDeviceTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.shielding_device_type import (
        ShieldingDeviceTypeTerm as ShieldingDeviceTypeTerm,
    )

__all__ = [
    "ShieldingDeviceSequenceItem",
    "ShieldingDeviceTypeTerm",
]


class ShieldingDeviceSequenceItem(DicomModel):
    """An item of Shielding Device Sequence (300A,01A0), as first defined in RT Patient Setup Module Attributes (C.8-48)."""

    dicom_name: ClassVar[str] = "Shielding Device Sequence"
    dicom_table: ClassVar[str] = "table_C.8-48"

    ShieldingDeviceType: Annotated[
        _ShieldingDeviceTypeTerm | vr.CS,
        Attribute(0x300A01A2, "CS", "1", "1", name="Shielding Device Type"),
    ]
    """Shielding Device Type (300A,01A2): Type 1, VR CS, VM 1. Type of Shielding Device used in Patient Setup. Defined Terms: GUM EYE GONAD"""

    ShieldingDeviceLabel: Annotated[
        vr.SH | None, Attribute(0x300A01A4, "SH", "1", "2", name="Shielding Device Label")
    ]
    """Shielding Device Label (300A,01A4): Type 2, VR SH, VM 1. User-defined label for Shielding Device."""

    ShieldingDeviceDescription: Annotated[
        vr.ST | None, Attribute(0x300A01A6, "ST", "1", "3", name="Shielding Device Description")
    ] = None
    """Shielding Device Description (300A,01A6): Type 3, VR ST, VM 1. User-defined description of Shielding Device."""

    ShieldingDevicePosition: Annotated[
        vr.SH | None, Attribute(0x300A01A8, "SH", "1", "3", name="Shielding Device Position")
    ] = None
    """Shielding Device Position (300A,01A8): Type 3, VR SH, VM 1. Position/Notch number of Shielding Device."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An identifier for the accessory intended to be read by a device such as a bar-code reader."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ShieldingDeviceTypeTerm": ("dicomodel.enums.shielding_device_type", "ShieldingDeviceTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
