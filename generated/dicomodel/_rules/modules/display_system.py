"""Presence rules of Display System Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DisplaySystemModule = (
    "table_C.32.1-1",
    (
        ("Manufacturer", Attribute(0x00080070, "LO", "1", None, name="Manufacturer"), None),
        ("InstitutionName", Attribute(0x00080080, "LO", "1", None, name="Institution Name"), None),
        (
            "InstitutionAddress",
            Attribute(0x00080081, "ST", "1", None, name="Institution Address"),
            None,
        ),
        (
            "DeviceSerialNumber",
            Attribute(0x00181000, "LO", "1", None, name="Device Serial Number"),
            None,
        ),
        ("StationName", Attribute(0x00081010, "SH", "1", None, name="Station Name"), None),
        (
            "InstitutionalDepartmentName",
            Attribute(0x00081040, "LO", "1", None, name="Institutional Department Name"),
            None,
        ),
        (
            "InstitutionalDepartmentTypeCodeSequence",
            Attribute(
                0x00081041, "SQ", "1", None, name="Institutional Department Type Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ManufacturerModelName",
            Attribute(0x00081090, "LO", "1", None, name="Manufacturer's Model Name"),
            None,
        ),
        (
            "DateOfManufacture",
            Attribute(0x00181204, "DA", "1", None, name="Date of Manufacture"),
            None,
        ),
        (
            "DateOfInstallation",
            Attribute(0x00181205, "DA", "1", None, name="Date of Installation"),
            None,
        ),
        (
            "EquipmentAdministratorSequence",
            Attribute(0x00287000, "SQ", "1", None, name="Equipment Administrator Sequence"),
            Lazy(
                "dicomodel.items.equipment_administrator_sequence_item",
                "EquipmentAdministratorSequenceItem",
            ),
        ),
        (
            "NumberOfDisplaySubsystems",
            Attribute(0x00287001, "US", "1", None, name="Number of Display Subsystems"),
            None,
        ),
        (
            "DisplaySubsystemSequence",
            Attribute(0x00287023, "SQ", "1", None, name="Display Subsystem Sequence"),
            Lazy("dicomodel.items.display_subsystem_sequence_item", "DisplaySubsystemSequenceItem"),
        ),
    ),
)
