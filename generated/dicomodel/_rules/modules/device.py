"""Presence rules of Device Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DeviceModule = (
    "table_C.7-18",
    (
        (
            "DeviceSequence",
            Attribute(0x00500010, "SQ", "1", "1", name="Device Sequence"),
            Lazy("dicomodel.items.device_sequence_item", "DeviceSequenceItem"),
        ),
    ),
)
