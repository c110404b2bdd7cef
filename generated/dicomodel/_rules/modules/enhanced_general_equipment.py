"""Presence rules of Enhanced General Equipment Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EnhancedGeneralEquipmentModule = (
    "table_C.7-8b",
    (
        ("Manufacturer", Attribute(0x00080070, "LO", "1", "1", name="Manufacturer"), None),
        (
            "ManufacturerModelName",
            Attribute(0x00081090, "LO", "1", "1", name="Manufacturer's Model Name"),
            None,
        ),
        (
            "DeviceSerialNumber",
            Attribute(0x00181000, "LO", "1", "1", name="Device Serial Number"),
            None,
        ),
        (
            "SoftwareVersions",
            Attribute(0x00181020, "LO", "1-n", "1", name="Software Versions"),
            None,
        ),
    ),
)
