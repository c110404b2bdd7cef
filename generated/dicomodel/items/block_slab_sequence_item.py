"""Item class BlockSlabSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as _DeviceAlternateIdentifierTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _DeviceAlternateIdentifierTypeTerm = Lazy(
        "dicomodel.enums.device_alternate_identifier_type", "DeviceAlternateIdentifierTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )

__all__ = [
    "BlockSlabSequenceItem",
    "DeviceAlternateIdentifierTypeTerm",
]


class BlockSlabSequenceItem(DicomModel):
    """An item of Block Slab Sequence (300A,0441), as first defined in Blocks Definition Macro Attributes (C.36.2.2.13-1)."""

    dicom_name: ClassVar[str] = "Block Slab Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.2.13-1"

    BlockSlabNumber: Annotated[
        vr.US, Attribute(0x300A0443, "US", "1", "1", name="Block Slab Number")
    ]
    """Block Slab Number (300A,0443): Type 1, VR US, VM 1. Identification number of the Block Slab. The value shall start at 1, and increase monotonically by 1. The number indicates the order of the slabs with respect to the source, where Number 1 corresponds to the slab nearest to the source."""

    RadiationBeamBlockSlabThickness: Annotated[
        vr.FD | None,
        Attribute(0x300A066E, "FD", "1", "3", name="Radiation Beam Block Slab Thickness"),
    ] = None
    """Radiation Beam Block Slab Thickness (300A,066E): Type 3, VR FD, VM 1. Physical thickness of block slab in mm in a direction parallel to the radiation beam axis. The sum of Radiation Beam Block Slab Thickness (300A,066E) values in all Items of this Sequence must equal the Radiation Beam Block Thickness (300A,0..."""

    DeviceAlternateIdentifier: Annotated[
        vr.UC | None, Attribute(0x3010001B, "UC", "1", "2", name="Device Alternate Identifier")
    ]
    """Device Alternate Identifier (3010,001B): Type 2, VR UC, VM 1. An identifier intended to be read by a device such as a bar code reader."""

    DeviceAlternateIdentifierType: Annotated[
        _DeviceAlternateIdentifierTypeTerm | vr.CS | None,
        Attribute(
            0x3010001C,
            "CS",
            "1",
            "1C",
            name="Device Alternate Identifier Type",
            when=("has_value", 0x3010001B),
        ),
    ] = None
    """Device Alternate Identifier Type (3010,001C): Type 1C, VR CS, VM 1. Required if Device Alternate Identifier (3010,001B) has a value. Defines the type of Device Alternate Identifier. Required if Device Alternate Identifier (3010,001B) has a value. Defined Terms: BARCODE RFID"""

    DeviceAlternateIdentifierFormat: Annotated[
        vr.LT | None,
        Attribute(
            0x3010001D,
            "LT",
            "1",
            "1C",
            name="Device Alternate Identifier Format",
            when=("has_value", 0x3010001B),
        ),
    ] = None
    """Device Alternate Identifier Format (3010,001D): Type 1C, VR LT, VM 1. Required if Device Alternate Identifier (3010,001B) has a value. Description of the format in which the Device Alternate Identifier (3010,001B) is issued. Required if Device Alternate Identifier (3010,001B) has a value. See Section 10.36.1.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
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
