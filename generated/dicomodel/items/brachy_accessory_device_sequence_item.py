"""Item class BrachyAccessoryDeviceSequenceItem.

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
    "BrachyAccessoryDeviceSequenceItem",
    "BrachyAccessoryDeviceTypeTerm",
]


class BrachyAccessoryDeviceSequenceItem(DicomModel):
    """An item of Brachy Accessory Device Sequence (300A,0260), as first defined in RT Brachy Application Setups Module Attributes (C.8-51)."""

    dicom_name: ClassVar[str] = "Brachy Accessory Device Sequence"
    dicom_table: ClassVar[str] = "table_C.8-51"

    BrachyAccessoryDeviceNumber: Annotated[
        vr.IS | None, Attribute(0x300A0262, "IS", "1", "2", name="Brachy Accessory Device Number")
    ]
    """Brachy Accessory Device Number (300A,0262): Type 2, VR IS, VM 1. Identification number of the Brachy Accessory Device. The value of Brachy Accessory Device Number (300A,0262) shall be unique within the Application Setup in which it is created."""

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

    MaterialID: Annotated[
        vr.SH | None, Attribute(0x300A00E1, "SH", "1", "3", name="Material ID")
    ] = None
    """Material ID (300A,00E1): Type 3, VR SH, VM 1. User-supplied identifier for material of Brachy Accessory Device. See Note."""

    BrachyAccessoryDeviceNominalThickness: Annotated[
        vr.DS | None,
        Attribute(0x300A026A, "DS", "1", "3", name="Brachy Accessory Device Nominal Thickness"),
    ] = None
    """Brachy Accessory Device Nominal Thickness (300A,026A): Type 3, VR DS, VM 1. Nominal thickness of Brachy Accessory Device (mm). See Section C.8.8.15.12."""

    BrachyAccessoryDeviceNominalTransmission: Annotated[
        vr.DS | None,
        Attribute(0x300A026C, "DS", "1", "3", name="Brachy Accessory Device Nominal Transmission"),
    ] = None
    """Brachy Accessory Device Nominal Transmission (300A,026C): Type 3, VR DS, VM 1. Nominal Transmission through Brachy Accessory Device (between 0 and 1). See Section C.8.8.15.12."""

    ReferencedROINumber: Annotated[
        vr.IS | None, Attribute(0x30060084, "IS", "1", "2", name="Referenced ROI Number")
    ]
    """Referenced ROI Number (3006,0084): Type 2, VR IS, VM 1. Uniquely identifies ROI representing the Brachy Accessory specified by ROI Number (3006,0022) in Structure Set ROI Sequence (3006,0020) in Structure Set Module within RT Structure Set referenced by Referenced RT Structure Set Sequence (300C..."""


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
