"""Item class LateralSpreadingDeviceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.lateral_spreading_device_type import (
        LateralSpreadingDeviceTypeTerm as _LateralSpreadingDeviceTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _LateralSpreadingDeviceTypeTerm = Lazy(
        "dicomodel.enums.lateral_spreading_device_type", "LateralSpreadingDeviceTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.lateral_spreading_device_type import (
        LateralSpreadingDeviceTypeTerm as LateralSpreadingDeviceTypeTerm,
    )

__all__ = [
    "LateralSpreadingDeviceSequenceItem",
    "LateralSpreadingDeviceTypeTerm",
]


class LateralSpreadingDeviceSequenceItem(DicomModel):
    """An item of Lateral Spreading Device Sequence (300A,0332), as first defined in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    dicom_name: ClassVar[str] = "Lateral Spreading Device Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.25-1"

    LateralSpreadingDeviceNumber: Annotated[
        vr.IS, Attribute(0x300A0334, "IS", "1", "1", name="Lateral Spreading Device Number")
    ]
    """Lateral Spreading Device Number (300A,0334): Type 1, VR IS, VM 1. Identification number of the Lateral Spreading Device. The value of Lateral Spreading Device Number (300A,0334) shall be unique within the Beam in which it is created."""

    LateralSpreadingDeviceID: Annotated[
        vr.SH, Attribute(0x300A0336, "SH", "1", "1", name="Lateral Spreading Device ID")
    ]
    """Lateral Spreading Device ID (300A,0336): Type 1, VR SH, VM 1. User or machine supplied identifier for Lateral Spreading Device."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An accessory identifier to be read by a device such as a bar code reader."""

    LateralSpreadingDeviceType: Annotated[
        _LateralSpreadingDeviceTypeTerm | vr.CS,
        Attribute(0x300A0338, "CS", "1", "1", name="Lateral Spreading Device Type"),
    ]
    """Lateral Spreading Device Type (300A,0338): Type 1, VR CS, VM 1. Type of Lateral Spreading Device. Defined Terms: SCATTERER metal placed into the beam path to scatter charged particles laterally. MAGNET nozzle configuration of magnet devices to expand beam laterally."""

    LateralSpreadingDeviceDescription: Annotated[
        vr.LO | None,
        Attribute(0x300A033A, "LO", "1", "3", name="Lateral Spreading Device Description"),
    ] = None
    """Lateral Spreading Device Description (300A,033A): Type 3, VR LO, VM 1. User-defined description for lateral spreading device."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "LateralSpreadingDeviceTypeTerm": (
        "dicomodel.enums.lateral_spreading_device_type",
        "LateralSpreadingDeviceTypeTerm",
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
