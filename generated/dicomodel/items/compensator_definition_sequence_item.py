"""Item class CompensatorDefinitionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.compensator_map_orientation import (
        CompensatorMapOrientationValue as _CompensatorMapOrientationValue,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as _DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.compensator_shape_sequence_item import (
        CompensatorShapeSequenceItem as _CompensatorShapeSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as _UDIItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _CompensatorMapOrientationValue = Lazy(
        "dicomodel.enums.compensator_map_orientation", "CompensatorMapOrientationValue"
    )
    _CompensatorShapeSequenceItem = Lazy(
        "dicomodel.items.compensator_shape_sequence_item", "CompensatorShapeSequenceItem"
    )
    _DeviceAlternateIdentifierTypeTerm = Lazy(
        "dicomodel.enums.device_alternate_identifier_type", "DeviceAlternateIdentifierTypeTerm"
    )
    _UDIItem = Lazy("dicomodel.items.udi_item", "UDIItem")

if TYPE_CHECKING:
    from dicomodel.enums.compensator_divergence import (
        CompensatorDivergence as CompensatorDivergence,
    )
    from dicomodel.enums.compensator_map_orientation import (
        CompensatorMapOrientation as CompensatorMapOrientation,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CompensatorShapeFabricationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.compensator_shape_sequence_item import (
        CompensatorShapeSequenceItem as CompensatorShapeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "CompensatorDefinitionSequenceItem",
    "CompensatorDivergence",
    "CompensatorMapOrientation",
    "CompensatorShapeFabricationCodeSequenceItem",
    "CompensatorShapeSequenceItem",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "UDISequenceItem",
]


class CompensatorDefinitionSequenceItem(DicomModel):
    """An item of Compensator Definition Sequence (300A,0662), as first defined in Compensators Definition Macro Attributes (C.36.2.2.12-1)."""

    dicom_name: ClassVar[str] = "Compensator Definition Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.2.12-1"

    Manufacturer: Annotated[
        vr.LO | None, Attribute(0x00080070, "LO", "1", "2", name="Manufacturer")
    ]
    """Manufacturer (0008,0070): Type 2, VR LO, VM 1. Manufacturer of the device."""

    ManufacturerModelName: Annotated[
        vr.LO | None, Attribute(0x00081090, "LO", "1", "2", name="Manufacturer's Model Name")
    ]
    """Manufacturer's Model Name (0008,1090): Type 2, VR LO, VM 1. Manufacturer's model name of the device."""

    ManufacturerModelVersion: Annotated[
        vr.LO | None, Attribute(0x3010001A, "LO", "1", "2", name="Manufacturer's Model Version")
    ]
    """Manufacturer's Model Version (3010,001A): Type 2, VR LO, VM 1. A version number of the Manufacturer's model of the device."""

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

    RTAccessoryDeviceSlotID: Annotated[
        vr.LO | None,
        Attribute(
            0x300A0615,
            "LO",
            "1",
            "2C",
            name="RT Accessory Device Slot ID",
            when=("not", ("present", 0x300A060E)),
        ),
    ] = None
    """RT Accessory Device Slot ID (300A,0615): Type 2C, VR LO, VM 1. Required if Referenced RT Accessory Holder Device Index (300A,060E) is not present. Identifier of the RT Accessory Device Slot where this RT Accessory Device is inserted. Required if Referenced RT Accessory Holder Device Index (300A,060E) is not present. See Section C.36.2.2.3.1."""

    RTAccessorySlotDistance: Annotated[
        vr.FD | None,
        Attribute(
            0x300A0613,
            "FD",
            "1",
            "2C",
            name="RT Accessory Slot Distance",
            when=("has_value", 0x300A0615),
        ),
    ] = None
    """RT Accessory Slot Distance (300A,0613): Type 2C, VR FD, VM 1. Required if RT Accessory Device Slot ID (300A,0615) is present and has a value. Distance in mm from the reference location as specified by RT Device Distance Reference Location Code Sequence (300A,0659) to the RT Accessory Device Slot. Required if RT Accessory Device Slot ID (300A,0615) is present and has a value."""

    ReferencedRTAccessoryHolderDeviceIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A060E,
            "US",
            "1",
            "2C",
            name="Referenced RT Accessory Holder Device Index",
            when=("not", ("present", 0x300A0615)),
        ),
    ] = None
    """Referenced RT Accessory Holder Device Index (300A,060E): Type 2C, VR US, VM 1. Required if RT Accessory Device Slot ID (300A,0615) is not present. The value of Device Index (3010,0039) of the RT Accessory Holder Device in the RT Accessory Holder Definition Sequence (300A,0614). Required if RT Accessory Device Slot ID (300A,0615) is not present. See Section C.36.2.2.3.1."""

    RTAccessoryHolderSlotID: Annotated[
        vr.LO | None,
        Attribute(
            0x300A0611,
            "LO",
            "1",
            "2C",
            name="RT Accessory Holder Slot ID",
            when=(
                "and",
                ("has_value", 0x300A060E),
                ("unknown", "depends on the referenced instance or item"),
            ),
        ),
    ] = None
    """RT Accessory Holder Slot ID (300A,0611): Type 2C, VR LO, VM 1. Required if Referenced RT Accessory Holder Device Index (300A,060E) is present and has a value and the referenced RT Accessory Holder Device contains an RT Accessory Holder Slot Sequence (300A,0610). Identifier of the RT Accessory Holder Slot in the RT Accessory Holding Device where this RT Accessory Device is inserted. Required if Referenced RT Accessory Holder Device Index (300A,060E) is present and has a value and the referenced RT A..."""

    DeviceIndex: Annotated[vr.US, Attribute(0x30100039, "US", "1", "1", name="Device Index")]
    """Device Index (3010,0039): Type 1, VR US, VM 1. Index of the Device in this Sequence. The value shall start at 1 and increase monotonically by 1."""

    ReferencedDefinedDeviceIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A0602,
            "US",
            "1",
            "1C",
            name="Referenced Defined Device Index",
            when=("unknown", "depends on the referenced instance or item"),
        ),
    ] = None
    """Referenced Defined Device Index (300A,0602): Type 1C, VR US, VM 1. Required if the Instance referenced in Referenced RT Instance Sequence (300A,0631) contains the device that corresponds to the device defined by this Sequence Item. Device Index value that links the device defined by this Sequence Item to the corresponding device in an RT Radiation Instance. The device identification of the two devices may or may not be the same."""

    BeamModifierOrientationAngle: Annotated[
        vr.FD, Attribute(0x300A0645, "FD", "1", "1", name="Beam Modifier Orientation Angle")
    ]
    """Beam Modifier Orientation Angle (300A,0645): Type 1, VR FD, VM 1. Angle in degrees of the Beam Modifier Coordinate System with respect to the Base Beam Modifier Coordinate System. The angle is a Continuous Rotation Angle, see Section C.36.1.1.5. See Section C.36.1.1.9."""

    CompensatorBasePlaneOffset: Annotated[
        vr.FD | None,
        Attribute(
            0x300A0666,
            "FD",
            "1",
            "1C",
            name="Compensator Base Plane Offset",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Compensator Base Plane Offset (300A,0666): Type 1C, VR FD, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. The distance in mm between the mounting plane and the base plane of the compensator. The value shall be positive when the base plane is farther away from the reference location (as specified by RT Device Distance Reference Location Code Seq..."""

    CompensatorMapOrientation: Annotated[
        _CompensatorMapOrientationValue | None,
        Attribute(
            0x300A0663,
            "CS",
            "1",
            "1C",
            name="Compensator Map Orientation",
            enumerated=((0, ("PATIENT_SIDE", "SOURCE_SIDE", "DOUBLE_SIDED")),),
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Compensator Map Orientation (300A,0663): Type 1C, VR CS, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Side of the compensator base that the compensator surface shape faces. Enumerated Values: PATIENT_SIDE The compensator surface shape is directed towards the patient."""

    CompensatorShapeSequence: Annotated[
        list[_CompensatorShapeSequenceItem] | None,
        Attribute(
            0x300A0668,
            "SQ",
            "1",
            "1C",
            name="Compensator Shape Sequence",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Compensator Shape Sequence (300A,0668): Type 1C, VR SQ, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Description of the shape of the Compensator and the fabrication parameters. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Only one Item shall be present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CompensatorDivergence": ("dicomodel.enums.compensator_divergence", "CompensatorDivergence"),
    "CompensatorMapOrientation": (
        "dicomodel.enums.compensator_map_orientation",
        "CompensatorMapOrientation",
    ),
    "CompensatorShapeFabricationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "CompensatorShapeSequenceItem": (
        "dicomodel.items.compensator_shape_sequence_item",
        "CompensatorShapeSequenceItem",
    ),
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
