"""Printer Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.printer_status import PrinterStatusValue as _PrinterStatusValue
    from dicomodel.enums.printer_status_info import PrinterStatusInfoTerm as _PrinterStatusInfoTerm
else:
    from dicomodel.lazy import Lazy

    _PrinterStatusInfoTerm = Lazy("dicomodel.enums.printer_status_info", "PrinterStatusInfoTerm")
    _PrinterStatusValue = Lazy("dicomodel.enums.printer_status", "PrinterStatusValue")

if TYPE_CHECKING:
    from dicomodel.enums.printer_status import PrinterStatus as PrinterStatus
    from dicomodel.enums.printer_status_info import PrinterStatusInfoTerm as PrinterStatusInfoTerm

__all__ = [
    "PrinterModule",
    "PrinterStatus",
    "PrinterStatusInfoTerm",
]


class PrinterModule(DicomModel):
    """Printer Module Attributes (PS3.3 Table C.13-9)."""

    dicom_name: ClassVar[str] = "Printer"
    dicom_table: ClassVar[str] = "table_C.13-9"

    PrinterStatus: Annotated[
        _PrinterStatusValue | None,
        Attribute(
            0x21100010,
            "CS",
            "1",
            None,
            name="Printer Status",
            enumerated=((0, ("NORMAL", "WARNING", "FAILURE")),),
        ),
    ] = None
    """Printer Status (2110,0010): no Type, VR CS, VM 1. Printer device status. Enumerated Values: NORMAL WARNING FAILURE"""

    PrinterStatusInfo: Annotated[
        _PrinterStatusInfoTerm | vr.CS | None,
        Attribute(0x21100020, "CS", "1", None, name="Printer Status Info"),
    ] = None
    """Printer Status Info (2110,0020): no Type, VR CS, VM 1. Additional information about Printer Status (2110,0010). Defined Terms if Printer Status (2110,0010) is NORMAL: NORMAL See Section C.13.9.1 for Defined Terms when the Printer Status is equal to WARNING or FAILURE."""

    PrinterName: Annotated[
        vr.LO | None, Attribute(0x21100030, "LO", "1", None, name="Printer Name")
    ] = None
    """Printer Name (2110,0030): no Type, VR LO, VM 1. User defined name identifying the printer."""

    Manufacturer: Annotated[
        vr.LO | None, Attribute(0x00080070, "LO", "1", None, name="Manufacturer")
    ] = None
    """Manufacturer (0008,0070): no Type, VR LO, VM 1. Manufacturer of the printer."""

    ManufacturerModelName: Annotated[
        vr.LO | None, Attribute(0x00081090, "LO", "1", None, name="Manufacturer Model Name")
    ] = None
    """Manufacturer Model Name (0008,1090): no Type, VR LO, VM 1. Manufacturer's model number of the printer."""

    DeviceSerialNumber: Annotated[
        vr.LO | None, Attribute(0x00181000, "LO", "1", None, name="Device Serial Number")
    ] = None
    """Device Serial Number (0018,1000): no Type, VR LO, VM 1. Manufacturer's serial number of the printer."""

    SoftwareVersions: Annotated[
        list[vr.LO] | None, Attribute(0x00181020, "LO", "1-n", None, name="Software Versions")
    ] = None
    """Software Versions (0018,1020): no Type, VR LO, VM 1-n. Manufacturer's designation of software version of the printer."""

    DateOfManufacture: Annotated[
        vr.DA | None, Attribute(0x00181204, "DA", "1", None, name="Date of Manufacture")
    ] = None
    """Date of Manufacture (0018,1204): no Type, VR DA, VM 1. The date the printer was originally manufactured or re-manufactured (as opposed to refurbished)."""

    DateOfInstallation: Annotated[
        vr.DA | None, Attribute(0x00181205, "DA", "1", None, name="Date of Installation")
    ] = None
    """Date of Installation (0018,1205): no Type, VR DA, VM 1. The date the printer was installed in its current location. The printer may or may not have been used prior to installation in its current location."""

    DateOfLastCalibration: Annotated[
        list[vr.DA] | None,
        Attribute(0x00181200, "DA", "1-n", None, name="Date Of Last Calibration"),
    ] = None
    """Date Of Last Calibration (0018,1200): no Type, VR DA, VM 1-n. Date when the printer was last calibrated."""

    TimeOfLastCalibration: Annotated[
        list[vr.TM] | None,
        Attribute(0x00181201, "TM", "1-n", None, name="Time Of Last Calibration"),
    ] = None
    """Time Of Last Calibration (0018,1201): no Type, VR TM, VM 1-n. Time when the printer was last calibrated."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PrinterStatus": ("dicomodel.enums.printer_status", "PrinterStatus"),
    "PrinterStatusInfoTerm": ("dicomodel.enums.printer_status_info", "PrinterStatusInfoTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
