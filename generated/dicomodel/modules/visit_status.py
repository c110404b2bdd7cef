"""Visit Status Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.visit_status_id import VisitStatusIDTerm as _VisitStatusIDTerm
else:
    from dicomodel.lazy import Lazy

    _VisitStatusIDTerm = Lazy("dicomodel.enums.visit_status_id", "VisitStatusIDTerm")

if TYPE_CHECKING:
    from dicomodel.enums.visit_status_id import VisitStatusIDTerm as VisitStatusIDTerm

__all__ = [
    "VisitStatusIDTerm",
    "VisitStatusModule",
]


class VisitStatusModule(DicomModel):
    """Visit Status Module Attributes (PS3.3 Table C.3-3)."""

    dicom_name: ClassVar[str] = "Visit Status"
    dicom_table: ClassVar[str] = "table_C.3-3"

    VisitStatusID: Annotated[
        _VisitStatusIDTerm | vr.CS | None,
        Attribute(0x00380008, "CS", "1", None, name="Visit Status ID"),
    ] = None
    """Visit Status ID (0038,0008): no Type, VR CS, VM 1. Identifies the state of the Visit. Defined Terms: CREATED Created but not yet scheduled SCHEDULED Scheduled but not yet admitted ADMITTED Patient admitted to institution DISCHARGED Patient Discharged"""

    CurrentPatientLocation: Annotated[
        vr.LO | None, Attribute(0x00380300, "LO", "1", None, name="Current Patient Location")
    ] = None
    """Current Patient Location (0038,0300): no Type, VR LO, VM 1. Describes the current known location of the Patient."""

    PatientInstitutionResidence: Annotated[
        vr.LO | None, Attribute(0x00380400, "LO", "1", None, name="Patient's Institution Residence")
    ] = None
    """Patient's Institution Residence (0038,0400): no Type, VR LO, VM 1. Primary location where Patient resides (ward, floor, room, etc. or outpatient)."""

    VisitComments: Annotated[
        vr.LT | None, Attribute(0x00384000, "LT", "1", None, name="Visit Comments")
    ] = None
    """Visit Comments (0038,4000): no Type, VR LT, VM 1. User-defined comments about the Visit."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "VisitStatusIDTerm": ("dicomodel.enums.visit_status_id", "VisitStatusIDTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
