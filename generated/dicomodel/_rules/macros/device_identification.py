"""Presence rules of Device Identification Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DeviceIdentificationMacro = (
    "table_10.36-1",
    (
        (
            "DeviceTypeCodeSequence",
            Attribute(0x3010002E, "SQ", "1", "1", name="Device Type Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("DeviceLabel", Attribute(0x3010002D, "LO", "1", "1", name="Device Label"), None),
        (
            "LongDeviceDescription",
            Attribute(0x00500021, "ST", "1", "3", name="Long Device Description"),
            None,
        ),
        (
            "DeviceSerialNumber",
            Attribute(0x00181000, "LO", "1", "2", name="Device Serial Number"),
            None,
        ),
        (
            "SoftwareVersions",
            Attribute(0x00181020, "LO", "1-n", "2", name="Software Versions"),
            None,
        ),
        (
            "DateOfManufacture",
            Attribute(0x00181204, "DA", "1", "3", name="Date of Manufacture"),
            None,
        ),
        (
            "DateOfInstallation",
            Attribute(0x00181205, "DA", "1", "3", name="Date of Installation"),
            None,
        ),
        (
            "UDISequence",
            Attribute(0x0018100A, "SQ", "1", "3", name="UDI Sequence"),
            Lazy("dicomodel.items.udi_item", "UDIItem"),
        ),
        (
            "ManufacturerDeviceIdentifier",
            Attribute(0x30100043, "ST", "1", "2", name="Manufacturer's Device Identifier"),
            None,
        ),
        (
            "DeviceAlternateIdentifier",
            Attribute(0x3010001B, "UC", "1", "2", name="Device Alternate Identifier"),
            None,
        ),
        (
            "DeviceAlternateIdentifierType",
            Attribute(
                0x3010001C,
                "CS",
                "1",
                "1C",
                name="Device Alternate Identifier Type",
                when=("has_value", 0x3010001B),
            ),
            None,
        ),
        (
            "DeviceAlternateIdentifierFormat",
            Attribute(
                0x3010001D,
                "LT",
                "1",
                "1C",
                name="Device Alternate Identifier Format",
                when=("has_value", 0x3010001B),
            ),
            None,
        ),
    ),
)
