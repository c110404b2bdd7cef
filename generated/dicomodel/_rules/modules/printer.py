"""Presence rules of Printer Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PrinterModule = (
    "table_C.13-9",
    (
        (
            "PrinterStatus",
            Attribute(
                0x21100010,
                "CS",
                "1",
                None,
                name="Printer Status",
                enumerated=((0, ("NORMAL", "WARNING", "FAILURE")),),
            ),
            None,
        ),
        (
            "PrinterStatusInfo",
            Attribute(0x21100020, "CS", "1", None, name="Printer Status Info"),
            None,
        ),
        ("PrinterName", Attribute(0x21100030, "LO", "1", None, name="Printer Name"), None),
        ("Manufacturer", Attribute(0x00080070, "LO", "1", None, name="Manufacturer"), None),
        (
            "ManufacturerModelName",
            Attribute(0x00081090, "LO", "1", None, name="Manufacturer Model Name"),
            None,
        ),
        (
            "DeviceSerialNumber",
            Attribute(0x00181000, "LO", "1", None, name="Device Serial Number"),
            None,
        ),
        (
            "SoftwareVersions",
            Attribute(0x00181020, "LO", "1-n", None, name="Software Versions"),
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
            "DateOfLastCalibration",
            Attribute(0x00181200, "DA", "1-n", None, name="Date Of Last Calibration"),
            None,
        ),
        (
            "TimeOfLastCalibration",
            Attribute(0x00181201, "TM", "1-n", None, name="Time Of Last Calibration"),
            None,
        ),
    ),
)
