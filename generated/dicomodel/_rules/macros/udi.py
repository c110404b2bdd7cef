"""Presence rules of UDI Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
UDIMacro = (
    "table_10.29-1",
    (
        (
            "UniqueDeviceIdentifier",
            Attribute(0x00181009, "UT", "1", "1", name="Unique Device Identifier"),
            None,
        ),
        (
            "DeviceDescription",
            Attribute(0x00500020, "LO", "1", "3", name="Device Description"),
            None,
        ),
    ),
)
