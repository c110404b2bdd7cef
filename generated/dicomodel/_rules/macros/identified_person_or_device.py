"""Presence rules of Identified Person or Device Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
IdentifiedPersonOrDeviceMacro = (
    "table_C.17-3b",
    (
        (
            "ObserverType",
            Attribute(
                0x0040A084, "CS", "1", "1", name="Observer Type", enumerated=((0, ("PSN", "DEV")),)
            ),
            None,
        ),
        (
            "PersonName",
            Attribute(
                0x0040A123,
                "PN",
                "1",
                "1C",
                name="Person Name",
                when=("value", 0x0040A084, 0, "in", ("PSN",)),
            ),
            None,
        ),
        (
            "PersonIdentificationCodeSequence",
            Attribute(
                0x00401101,
                "SQ",
                "1",
                "2C",
                name="Person Identification Code Sequence",
                when=("value", 0x0040A084, 0, "in", ("PSN",)),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "OrganizationalRoleCodeSequence",
            Attribute(0x0044010A, "SQ", "1", "3", name="Organizational Role Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "StationName",
            Attribute(
                0x00081010,
                "SH",
                "1",
                "2C",
                name="Station Name",
                when=("value", 0x0040A084, 0, "in", ("DEV",)),
            ),
            None,
        ),
        (
            "DeviceUID",
            Attribute(
                0x00181002,
                "UI",
                "1",
                "1C",
                name="Device UID",
                when=("value", 0x0040A084, 0, "in", ("DEV",)),
            ),
            None,
        ),
        (
            "Manufacturer",
            Attribute(
                0x00080070,
                "LO",
                "1",
                "1C",
                name="Manufacturer",
                when=("value", 0x0040A084, 0, "in", ("DEV",)),
            ),
            None,
        ),
        (
            "ManufacturerModelName",
            Attribute(
                0x00081090,
                "LO",
                "1",
                "1C",
                name="Manufacturer's Model Name",
                when=("value", 0x0040A084, 0, "in", ("DEV",)),
            ),
            None,
        ),
        ("StationAETitle", Attribute(0x00080055, "AE", "1", "3", name="Station AE Title"), None),
        (
            "DeviceSerialNumber",
            Attribute(0x00181000, "LO", "1", "3", name="Device Serial Number"),
            None,
        ),
        (
            "SoftwareVersions",
            Attribute(0x00181020, "LO", "1-n", "3", name="Software Versions"),
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
        ("InstitutionName", Attribute(0x00080080, "LO", "1", "2", name="Institution Name"), None),
        (
            "InstitutionCodeSequence",
            Attribute(0x00080082, "SQ", "1", "2", name="Institution Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "InstitutionalDepartmentName",
            Attribute(0x00081040, "LO", "1", "3", name="Institutional Department Name"),
            None,
        ),
        (
            "InstitutionalDepartmentTypeCodeSequence",
            Attribute(
                0x00081041, "SQ", "1", "3", name="Institutional Department Type Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
