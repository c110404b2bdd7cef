"""Device Identification Macro Attributes.

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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.udi_item import UDIItem as _UDIItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DeviceAlternateIdentifierTypeTerm = Lazy(
        "dicomodel.enums.device_alternate_identifier_type", "DeviceAlternateIdentifierTypeTerm"
    )
    _UDIItem = Lazy("dicomodel.items.udi_item", "UDIItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceIdentificationMacro",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "UDISequenceItem",
]


class DeviceIdentificationMacro(DicomModel):
    """Device Identification Macro Attributes (PS3.3 Table 10.36-1)."""

    dicom_name: ClassVar[str] = "Device Identification"
    dicom_table: ClassVar[str] = "table_10.36-1"

    DeviceTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x3010002E, "SQ", "1", "1", name="Device Type Code Sequence"),
    ]
    """Device Type Code Sequence (3010,002E): Type 1, VR SQ, VM 1. The type of the device. Only a single Item shall be included in this Sequence."""

    DeviceLabel: Annotated[vr.LO, Attribute(0x3010002D, "LO", "1", "1", name="Device Label")]
    """Device Label (3010,002D): Type 1, VR LO, VM 1. User-defined label for this device."""

    LongDeviceDescription: Annotated[
        vr.ST | None, Attribute(0x00500021, "ST", "1", "3", name="Long Device Description")
    ] = None
    """Long Device Description (0050,0021): Type 3, VR ST, VM 1. User-defined description for this device."""

    DeviceSerialNumber: Annotated[
        vr.LO | None, Attribute(0x00181000, "LO", "1", "2", name="Device Serial Number")
    ]
    """Device Serial Number (0018,1000): Type 2, VR LO, VM 1. Manufacturer's serial number of the device."""

    SoftwareVersions: Annotated[
        list[vr.LO] | None, Attribute(0x00181020, "LO", "1-n", "2", name="Software Versions")
    ]
    """Software Versions (0018,1020): Type 2, VR LO, VM 1-n. Manufacturer's designation of software version of the equipment."""

    DateOfManufacture: Annotated[
        vr.DA | None, Attribute(0x00181204, "DA", "1", "3", name="Date of Manufacture")
    ] = None
    """Date of Manufacture (0018,1204): Type 3, VR DA, VM 1. The date the device was originally manufactured or re-manufactured (as opposed to refurbished)."""

    DateOfInstallation: Annotated[
        vr.DA | None, Attribute(0x00181205, "DA", "1", "3", name="Date of Installation")
    ] = None
    """Date of Installation (0018,1205): Type 3, VR DA, VM 1. The date the device was installed in its current location. The device may or may not have been used prior to installation in its current location."""

    UDISequence: Annotated[
        list[_UDIItem] | None, Attribute(0x0018100A, "SQ", "1", "3", name="UDI Sequence")
    ] = None
    """UDI Sequence (0018,100A): Type 3, VR SQ, VM 1. Unique Device Identifier (UDI) of the device. One or more Items are permitted in this Sequence. Multiple Items may be present if the entire equipment has UDIs issued by different Issuing Authorities."""

    ManufacturerDeviceIdentifier: Annotated[
        vr.ST | None, Attribute(0x30100043, "ST", "1", "2", name="Manufacturer's Device Identifier")
    ]
    """Manufacturer's Device Identifier (3010,0043): Type 2, VR ST, VM 1. An identifier issued by the manufacturer. See Note."""

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
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
