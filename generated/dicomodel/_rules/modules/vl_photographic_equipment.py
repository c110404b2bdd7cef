"""Presence rules of VL Photographic Equipment Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VLPhotographicEquipmentModule = (
    "table_C.8.12.10-1",
    (
        ("CameraOwnerName", Attribute(0x0016004D, "UT", "1", "3", name="Camera Owner Name"), None),
        (
            "LensSpecification",
            Attribute(0x0016004E, "DS", "4", "3", name="Lens Specification"),
            None,
        ),
        ("LensMake", Attribute(0x0016004F, "UT", "1", "3", name="Lens Make"), None),
        ("LensModel", Attribute(0x00160050, "UT", "1", "3", name="Lens Model"), None),
        (
            "LensSerialNumber",
            Attribute(0x00160051, "UT", "1", "3", name="Lens Serial Number"),
            None,
        ),
    ),
)
