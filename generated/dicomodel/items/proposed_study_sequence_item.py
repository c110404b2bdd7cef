"""Item class ProposedStudySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class ProposedStudySequenceItem(DicomModel):
    """An item of Proposed Study Sequence (2130,00A0), as first defined in Basic Film Session Relationship Module Attributes (C.13-2)."""

    dicom_name: ClassVar[str] = "Proposed Study Sequence"
    dicom_table: ClassVar[str] = "table_C.13-2"

    PatientName: Annotated[
        vr.PN | None, Attribute(0x00100010, "PN", "1", "3", name="Patient's Name")
    ] = None
    """Patient's Name (0010,0010): Type -, VR PN, VM 1. See Section C.2.2 Patient Identification Module for description."""

    PatientID: Annotated[vr.LO | None, Attribute(0x00100020, "LO", "1", "3", name="Patient ID")] = (
        None
    )
    """Patient ID (0010,0020): Type -, VR LO, VM 1. See Section C.2.2 Patient Identification Module for description."""

    PatientBirthDate: Annotated[
        vr.DA | None, Attribute(0x00100030, "DA", "1", "3", name="Patient's Birth Date")
    ] = None
    """Patient's Birth Date (0010,0030): Type -, VR DA, VM 1. See Section C.2.3 Patient Demographic Module for description."""

    PatientBirthTime: Annotated[
        vr.TM | None, Attribute(0x00100032, "TM", "1", "3", name="Patient's Birth Time")
    ] = None
    """Patient's Birth Time (0010,0032): Type -, VR TM, VM 1. See Section C.2.3 Patient Demographic Module for description."""

    PatientSex: Annotated[
        vr.CS | None, Attribute(0x00100040, "CS", "1", "3", name="Patient's Sex")
    ] = None
    """Patient's Sex (0010,0040): Type -, VR CS, VM 1. See Section C.2.3 Patient Demographic Module for description."""

    PatientAge: Annotated[
        vr.AS | None, Attribute(0x00101010, "AS", "1", "3", name="Patient's Age")
    ] = None
    """Patient's Age (0010,1010): Type -, VR AS, VM 1. See Section C.2.3 Patient Demographic Module for description."""

    EthnicGroup: Annotated[
        vr.SH | None, Attribute(0x00102160, "SH", "1", "3", name="Ethnic Group")
    ] = None
    """Ethnic Group (0010,2160): Type -, VR SH, VM 1. See Section C.2.3 Patient Demographic Module for description."""

    EthnicGroupCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00102161, "SQ", "1", "3", name="Ethnic Group Code Sequence"),
    ] = None
    """Ethnic Group Code Sequence (0010,2161): Type -, VR SQ, VM 1. See Section C.2.3 Patient Demographic Module for description. One or more Items are permitted in this Sequence."""

    PatientComments: Annotated[
        vr.LT | None, Attribute(0x00104000, "LT", "1", "3", name="Patient Comments")
    ] = None
    """Patient Comments (0010,4000): Type -, VR LT, VM 1. See Section C.2.3 Patient Demographic Module for description."""

    StudyInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000D, "UI", "1", "3", name="Study Instance UID")
    ] = None
    """Study Instance UID (0020,000D): Type -, VR UI, VM 1. See Section C.7.2.1 General Study Module for description."""

    StudyDate: Annotated[vr.DA | None, Attribute(0x00080020, "DA", "1", "3", name="Study Date")] = (
        None
    )
    """Study Date (0008,0020): Type -, VR DA, VM 1. See Section C.7.2.1 General Study Module for description."""

    StudyTime: Annotated[vr.TM | None, Attribute(0x00080030, "TM", "1", "3", name="Study Time")] = (
        None
    )
    """Study Time (0008,0030): Type -, VR TM, VM 1. See Section C.7.2.1 General Study Module for description."""

    StudyID: Annotated[vr.SH | None, Attribute(0x00200010, "SH", "1", "3", name="Study ID")] = None
    """Study ID (0020,0010): Type -, VR SH, VM 1. See Section C.7.2.1 General Study Module for description."""

    StudyDescription: Annotated[
        vr.LO | None, Attribute(0x00081030, "LO", "1", "3", name="Study Description")
    ] = None
    """Study Description (0008,1030): Type -, VR LO, VM 1. See Section C.7.2.1 General Study Module for description."""

    AccessionNumber: Annotated[
        vr.SH | None, Attribute(0x00080050, "SH", "1", "3", name="Accession Number")
    ] = None
    """Accession Number (0008,0050): Type -, VR SH, VM 1. See Section C.7.2.1 General Study Module for description."""

    ReferringPhysicianName: Annotated[
        vr.PN | None, Attribute(0x00080090, "PN", "1", "3", name="Referring Physician’s Name")
    ] = None
    """Referring Physician’s Name (0008,0090): Type -, VR PN, VM 1. See Section C.3.4 Visit Admission Module for description."""

    NameOfPhysiciansReadingStudy: Annotated[
        list[vr.PN] | None,
        Attribute(0x00081060, "PN", "1-n", "3", name="Name of Physician(s) Reading Study"),
    ] = None
    """Name of Physician(s) Reading Study (0008,1060): Type -, VR PN, VM 1-n. See Section C.7.2.1 General Study Module for description."""

    AdmittingDiagnosesDescription: Annotated[
        list[vr.LO] | None,
        Attribute(0x00081080, "LO", "1-n", "3", name="Admitting Diagnoses Description"),
    ] = None
    """Admitting Diagnoses Description (0008,1080): Type -, VR LO, VM 1-n. See Section C.7.2.2 Patient Study Module for description."""

    SeriesNumber: Annotated[
        vr.IS | None, Attribute(0x00200011, "IS", "1", "3", name="Series Number")
    ] = None
    """Series Number (0020,0011): Type -, VR IS, VM 1. See Section C.7.3.1 General Series Module for description."""
