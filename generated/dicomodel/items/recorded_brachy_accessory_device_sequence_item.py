"""Item class RecordedBrachyAccessoryDeviceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.brachy_accessory_device_type import (
        BrachyAccessoryDeviceTypeTerm as _BrachyAccessoryDeviceTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _BrachyAccessoryDeviceTypeTerm = Lazy(
        "dicomodel.enums.brachy_accessory_device_type", "BrachyAccessoryDeviceTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.brachy_accessory_device_type import (
        BrachyAccessoryDeviceTypeTerm as BrachyAccessoryDeviceTypeTerm,
    )

__all__ = [
    "BrachyAccessoryDeviceTypeTerm",
    "RecordedBrachyAccessoryDeviceSequenceItem",
]


class RecordedBrachyAccessoryDeviceSequenceItem(DicomModel):
    """An item of Recorded Brachy Accessory Device Sequence (3008,0120), as first defined in RT Brachy Session Record Module Attributes (C.8-58)."""

    dicom_name: ClassVar[str] = "Recorded Brachy Accessory Device Sequence"
    dicom_table: ClassVar[str] = "table_C.8-58"

    ReferencedBrachyAccessoryDeviceNumber: Annotated[
        vr.IS | None,
        Attribute(0x30080122, "IS", "1", "2", name="Referenced Brachy Accessory Device Number"),
    ]
    """Referenced Brachy Accessory Device Number (3008,0122): Type 2, VR IS, VM 1. Identification number of the Brachy Accessory Device. The value of Brachy Accessory Device Number (300A,0262) shall be unique within the Application Setup in which it is created."""

    BrachyAccessoryDeviceID: Annotated[
        vr.SH | None, Attribute(0x300A0263, "SH", "1", "2", name="Brachy Accessory Device ID")
    ]
    """Brachy Accessory Device ID (300A,0263): Type 2, VR SH, VM 1. User or machine supplied identifier for Brachy Accessory Device."""

    BrachyAccessoryDeviceType: Annotated[
        _BrachyAccessoryDeviceTypeTerm | vr.CS,
        Attribute(0x300A0264, "CS", "1", "1", name="Brachy Accessory Device Type"),
    ]
    """Brachy Accessory Device Type (300A,0264): Type 1, VR CS, VM 1. Type of Brachy Accessory Device. Defined Terms: SHIELD DILATATION MOLD PLAQUE FLAB"""

    BrachyAccessoryDeviceName: Annotated[
        vr.LO | None, Attribute(0x300A0266, "LO", "1", "3", name="Brachy Accessory Device Name")
    ] = None
    """Brachy Accessory Device Name (300A,0266): Type 3, VR LO, VM 1. User-defined name for Brachy Accessory Device."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BrachyAccessoryDeviceTypeTerm": (
        "dicomodel.enums.brachy_accessory_device_type",
        "BrachyAccessoryDeviceTypeTerm",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
