"""Presence rules of Device Model Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DeviceModelMacro = (
    "table_10.35-1",
    (
        ("Manufacturer", Attribute(0x00080070, "LO", "1", "2", name="Manufacturer"), None),
        (
            "ManufacturerModelName",
            Attribute(0x00081090, "LO", "1", "2", name="Manufacturer's Model Name"),
            None,
        ),
        (
            "ManufacturerModelVersion",
            Attribute(0x3010001A, "LO", "1", "2", name="Manufacturer's Model Version"),
            None,
        ),
    ),
)
