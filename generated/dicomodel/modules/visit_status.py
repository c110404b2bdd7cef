"""Visit Status Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import visit_status_id as _visit_status_id
from dicomodel.model import Attribute, DicomModel


class VisitStatusModule(DicomModel):
    """Visit Status Module Attributes (PS3.3 Table C.3-3)."""

    dicom_name: ClassVar[str] = "Visit Status"
    dicom_table: ClassVar[str] = "table_C.3-3"

    VisitStatusID: Annotated[
        _visit_status_id.VisitStatusIDTerm | vr.CS | None,
        Attribute(0x00380008, "CS", "1", "3", name="Visit Status ID"),
    ] = None
    """Visit Status ID (0038,0008): Type -, VR CS, VM 1. Identifies the state of the Visit. Defined Terms: CREATED Created but not yet scheduled SCHEDULED Scheduled but not yet admitted ADMITTED Patient admitted to institution DISCHARGED Patient Discharged"""

    CurrentPatientLocation: Annotated[
        vr.LO | None, Attribute(0x00380300, "LO", "1", "3", name="Current Patient Location")
    ] = None
    """Current Patient Location (0038,0300): Type -, VR LO, VM 1. Describes the current known location of the Patient."""

    PatientInstitutionResidence: Annotated[
        vr.LO | None, Attribute(0x00380400, "LO", "1", "3", name="Patient's Institution Residence")
    ] = None
    """Patient's Institution Residence (0038,0400): Type -, VR LO, VM 1. Primary location where Patient resides (ward, floor, room, etc. or outpatient)."""

    VisitComments: Annotated[
        vr.LT | None, Attribute(0x00384000, "LT", "1", "3", name="Visit Comments")
    ] = None
    """Visit Comments (0038,4000): Type -, VR LT, VM 1. User-defined comments about the Visit."""
