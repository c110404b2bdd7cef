"""Visit Admission Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.content_creator_identification_code_sequence_item import (
    ContentCreatorIdentificationCodeSequenceItem,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class VisitAdmissionModule(DicomModel):
    """Visit Admission Module Attributes (PS3.3 Table C.3-4)."""

    dicom_name: ClassVar[str] = "Visit Admission"
    dicom_table: ClassVar[str] = "table_C.3-4"

    ReferringPhysicianName: Annotated[
        vr.PN | None, Attribute(0x00080090, "PN", "1", "3", name="Referring Physician's Name")
    ] = None
    """Referring Physician's Name (0008,0090): Type -, VR PN, VM 1. Patient's primary referring physician for this Visit."""

    ReferringPhysicianAddress: Annotated[
        vr.ST | None, Attribute(0x00080092, "ST", "1", "3", name="Referring Physician's Address")
    ] = None
    """Referring Physician's Address (0008,0092): Type -, VR ST, VM 1. Referring physician's address."""

    ReferringPhysicianTelephoneNumbers: Annotated[
        list[vr.SH] | None,
        Attribute(0x00080094, "SH", "1-n", "3", name="Referring Physician's Telephone Numbers"),
    ] = None
    """Referring Physician's Telephone Numbers (0008,0094): Type -, VR SH, VM 1-n. Referring physician's telephone numbers."""

    ReferringPhysicianIdentificationSequence: Annotated[
        list[ContentCreatorIdentificationCodeSequenceItem] | None,
        Attribute(0x00080096, "SQ", "1", "3", name="Referring Physician Identification Sequence"),
    ] = None
    """Referring Physician Identification Sequence (0008,0096): Type -, VR SQ, VM 1. Identification of the Patient's referring physician. Only a single Item shall be included in this Sequence."""

    ConsultingPhysicianName: Annotated[
        list[vr.PN] | None,
        Attribute(0x0008009C, "PN", "1-n", "3", name="Consulting Physician's Name"),
    ] = None
    """Consulting Physician's Name (0008,009C): Type -, VR PN, VM 1-n. Consulting physician(s) for this Patient Visit."""

    ConsultingPhysicianIdentificationSequence: Annotated[
        list[ContentCreatorIdentificationCodeSequenceItem] | None,
        Attribute(0x0008009D, "SQ", "1", "3", name="Consulting Physician Identification Sequence"),
    ] = None
    """Consulting Physician Identification Sequence (0008,009D): Type -, VR SQ, VM 1. Identification of the consulting physician(s). One or more Items are permitted in this Sequence. If more than one Item, the number and order shall correspond to the value of Consulting Physician's Name (0008,009C), if present."""

    AdmittingDiagnosesDescription: Annotated[
        list[vr.LO] | None,
        Attribute(0x00081080, "LO", "1-n", "3", name="Admitting Diagnoses Description"),
    ] = None
    """Admitting Diagnoses Description (0008,1080): Type -, VR LO, VM 1-n. Description of admitting diagnosis (diagnoses)."""

    AdmittingDiagnosesCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00081084, "SQ", "1", "3", name="Admitting Diagnoses Code Sequence"),
    ] = None
    """Admitting Diagnoses Code Sequence (0008,1084): Type -, VR SQ, VM 1. A Sequence that conveys the admitting diagnosis (diagnoses). One or more Items shall be included in this Sequence."""

    RouteOfAdmissions: Annotated[
        vr.LO | None, Attribute(0x00380016, "LO", "1", "3", name="Route of Admissions")
    ] = None
    """Route of Admissions (0038,0016): Type -, VR LO, VM 1. Mode of admission: emergency, normal."""

    AdmittingDate: Annotated[
        vr.DA | None, Attribute(0x00380020, "DA", "1", "3", name="Admitting Date")
    ] = None
    """Admitting Date (0038,0020): Type -, VR DA, VM 1. Date Patient Visit began."""

    AdmittingTime: Annotated[
        vr.TM | None, Attribute(0x00380021, "TM", "1", "3", name="Admitting Time")
    ] = None
    """Admitting Time (0038,0021): Type -, VR TM, VM 1. Time Patient Visit began."""
