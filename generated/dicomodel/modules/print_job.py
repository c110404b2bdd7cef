"""Print Job Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.execution_status import ExecutionStatusValue as _ExecutionStatusValue
    from dicomodel.enums.execution_status_info import (
        ExecutionStatusInfoTerm as _ExecutionStatusInfoTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _ExecutionStatusInfoTerm = Lazy(
        "dicomodel.enums.execution_status_info", "ExecutionStatusInfoTerm"
    )
    _ExecutionStatusValue = Lazy("dicomodel.enums.execution_status", "ExecutionStatusValue")

if TYPE_CHECKING:
    from dicomodel.enums.execution_status import ExecutionStatus as ExecutionStatus
    from dicomodel.enums.execution_status_info import (
        ExecutionStatusInfoTerm as ExecutionStatusInfoTerm,
    )

__all__ = [
    "ExecutionStatus",
    "ExecutionStatusInfoTerm",
    "PrintJobModule",
]


class PrintJobModule(DicomModel):
    """Print Job Module Attributes (PS3.3 Table C.13-8)."""

    dicom_name: ClassVar[str] = "Print Job"
    dicom_table: ClassVar[str] = "table_C.13-8"

    ExecutionStatus: Annotated[
        _ExecutionStatusValue | None,
        Attribute(
            0x21000020,
            "CS",
            "1",
            None,
            name="Execution Status",
            enumerated=((0, ("PENDING", "PRINTING", "DONE", "FAILURE")),),
        ),
    ] = None
    """Execution Status (2100,0020): no Type, VR CS, VM 1. Execution status of print job. Enumerated Values: PENDING PRINTING DONE FAILURE"""

    ExecutionStatusInfo: Annotated[
        _ExecutionStatusInfoTerm | vr.CS | None,
        Attribute(0x21000030, "CS", "1", None, name="Execution Status Info"),
    ] = None
    """Execution Status Info (2100,0030): no Type, VR CS, VM 1. Additional information about Execution Status (2100,0020). Defined Terms if Execution Status (2100,0030) is DONE or PRINTING: NORMAL Defined Terms if Execution Status (2100,0030) is FAILURE: INVALID PAGE DES The specified page layout cannot..."""

    CreationDate: Annotated[
        vr.DA | None, Attribute(0x21000040, "DA", "1", None, name="Creation Date")
    ] = None
    """Creation Date (2100,0040): no Type, VR DA, VM 1. Date of print job creation."""

    CreationTime: Annotated[
        vr.TM | None, Attribute(0x21000050, "TM", "1", None, name="Creation Time")
    ] = None
    """Creation Time (2100,0050): no Type, VR TM, VM 1. Time of print job creation."""

    PrintPriority: Annotated[
        vr.CS | None, Attribute(0x20000020, "CS", "1", None, name="Print Priority")
    ] = None
    """Print Priority (2000,0020): no Type, VR CS, VM 1. Priority of print job (see Section C.13.1 for further explanation)."""

    PrinterName: Annotated[
        vr.LO | None, Attribute(0x21100030, "LO", "1", None, name="Printer Name")
    ] = None
    """Printer Name (2110,0030): no Type, VR LO, VM 1. User defined name identifying the printer."""

    Originator: Annotated[
        vr.AE | None, Attribute(0x21000070, "AE", "1", None, name="Originator")
    ] = None
    """Originator (2100,0070): no Type, VR AE, VM 1. DICOM Application Entity Title that issued the print operation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ExecutionStatus": ("dicomodel.enums.execution_status", "ExecutionStatus"),
    "ExecutionStatusInfoTerm": ("dicomodel.enums.execution_status_info", "ExecutionStatusInfoTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
