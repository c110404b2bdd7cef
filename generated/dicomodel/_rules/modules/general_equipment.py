"""Presence rules of General Equipment Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GeneralEquipmentModule = (
    "table_C.7-8",
    (
        ("Manufacturer", Attribute(0x00080070, "LO", "1", "2", name="Manufacturer"), None),
        ("InstitutionName", Attribute(0x00080080, "LO", "1", "3", name="Institution Name"), None),
        (
            "InstitutionAddress",
            Attribute(0x00080081, "ST", "1", "3", name="Institution Address"),
            None,
        ),
        ("StationName", Attribute(0x00081010, "SH", "1", "3", name="Station Name"), None),
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
        (
            "ManufacturerModelName",
            Attribute(0x00081090, "LO", "1", "3", name="Manufacturer's Model Name"),
            None,
        ),
        (
            "ManufacturerDeviceClassUID",
            Attribute(0x0018100B, "UI", "1-n", "3", name="Manufacturer's Device Class UID"),
            None,
        ),
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
        ("GantryID", Attribute(0x00181008, "LO", "1", "3", name="Gantry ID"), None),
        (
            "UDISequence",
            Attribute(0x0018100A, "SQ", "1", "3", name="UDI Sequence"),
            Lazy("dicomodel.items.udi_item", "UDIItem"),
        ),
        ("DeviceUID", Attribute(0x00181002, "UI", "1", "3", name="Device UID"), None),
        (
            "SpatialResolution",
            Attribute(0x00181050, "DS", "1", "3", name="Spatial Resolution"),
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
            "DateOfLastCalibration",
            Attribute(0x00181200, "DA", "1-n", "3", name="Date of Last Calibration"),
            None,
        ),
        (
            "TimeOfLastCalibration",
            Attribute(0x00181201, "TM", "1-n", "3", name="Time of Last Calibration"),
            None,
        ),
        (
            "PixelPaddingValue",
            Attribute(
                0x00280120,
                "US or SS",
                "1",
                "1C",
                name="Pixel Padding Value",
                when=(
                    "and",
                    ("present", 0x00280121),
                    ("or", ("present", 0x7FE00010), ("present", 0x00287FE0)),
                ),
            ),
            None,
        ),
    ),
)
