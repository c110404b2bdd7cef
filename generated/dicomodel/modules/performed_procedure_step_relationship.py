"""Performed Procedure Step Relationship Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import patient_alternative_calendar as _patient_alternative_calendar
from dicomodel.enums import patient_sex as _patient_sex
from dicomodel.items.issuer_of_accession_number_sequence_item import (
    IssuerOfAccessionNumberSequenceItem,
)
from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
    IssuerOfPatientIDQualifiersSequenceItem,
)
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.items.scheduled_step_attributes_sequence_item import (
    ScheduledStepAttributesSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PerformedProcedureStepRelationshipModule(DicomModel):
    """Performed Procedure Step Relationship Module Attributes (PS3.3 Table C.4-13)."""

    dicom_name: ClassVar[str] = "Performed Procedure Step Relationship"
    dicom_table: ClassVar[str] = "table_C.4-13"

    PatientName: Annotated[
        vr.PN | None, Attribute(0x00100010, "PN", "1", "3", name="Patient's Name")
    ] = None
    """Patient's Name (0010,0010): Type -, VR PN, VM 1. Patient's full legal name."""

    PatientID: Annotated[vr.LO | None, Attribute(0x00100020, "LO", "1", "3", name="Patient ID")] = (
        None
    )
    """Patient ID (0010,0020): Type -, VR LO, VM 1. Primary identifier for the Patient. In the case of imaging a group of small animals simultaneously, the single value of this identifier corresponds to the identification of the entire group. See also Section C.7.1.4.1.1."""

    IssuerOfPatientID: Annotated[
        vr.LO | None, Attribute(0x00100021, "LO", "1", "3", name="Issuer of Patient ID")
    ] = None
    """Issuer of Patient ID (0010,0021): Type 3, VR LO, VM 1. Identifier of the Assigning Authority (system, organization, agency, or department) that issued the Patient ID. Equivalent to HL7 v2 CX component 4 subcomponent 1."""

    IssuerOfPatientIDQualifiersSequence: Annotated[
        list[IssuerOfPatientIDQualifiersSequenceItem] | None,
        Attribute(0x00100024, "SQ", "1", "3", name="Issuer of Patient ID Qualifiers Sequence"),
    ] = None
    """Issuer of Patient ID Qualifiers Sequence (0010,0024): Type 3, VR SQ, VM 1. Attributes specifying or qualifying the identity of the issuer of the Patient ID, or scoping the Patient ID. Only a single Item is permitted in this Sequence."""

    PatientBirthDate: Annotated[
        vr.DA | None, Attribute(0x00100030, "DA", "1", "3", name="Patient's Birth Date")
    ] = None
    """Patient's Birth Date (0010,0030): Type -, VR DA, VM 1. Date of birth of the named Patient."""

    PatientBirthDateInAlternativeCalendar: Annotated[
        vr.LO | None,
        Attribute(0x00100033, "LO", "1", "3", name="Patient's Birth Date in Alternative Calendar"),
    ] = None
    """Patient's Birth Date in Alternative Calendar (0010,0033): Type -, VR LO, VM 1. Date of birth of the named Patient in the Alternative Calendar (0010,0035). No format is specified for alternative calendar dates so none should be assumed."""

    PatientDeathDateInAlternativeCalendar: Annotated[
        vr.LO | None,
        Attribute(0x00100034, "LO", "1", "3", name="Patient's Death Date in Alternative Calendar"),
    ] = None
    """Patient's Death Date in Alternative Calendar (0010,0034): Type -, VR LO, VM 1. Date of death of the named Patient in the Alternative Calendar (0010,0035). No format is specified for alternative calendar dates so none should be assumed."""

    PatientAlternativeCalendar: Annotated[
        _patient_alternative_calendar.PatientAlternativeCalendar | None,
        Attribute(
            0x00100035,
            "CS",
            "1",
            "3",
            name="Patient's Alternative Calendar",
            enumerated=(
                (
                    0,
                    (
                        "PROLEPTIC GREGN",
                        "JULIAN",
                        "PROLEPTIC JULIAN",
                        "EGYPTIAN REGNAL",
                        "HEBREW",
                        "HIJRI",
                    ),
                ),
            ),
            when=("or", ("present", 0x00100033), ("present", 0x00100034)),
        ),
    ] = None
    """Patient's Alternative Calendar (0010,0035): Type -, VR CS, VM 1. Required if either Patient's Birth Date in Alternative Calendar (0010,0033) or Patient's Alternative Death Date in Calendar (0010,0034) is present. The Alternative Calendar used for Patient's Birth Date in Alternative Calendar (0010,0033) and Patient's Death Date in Alternative Calendar (0010,0034). See Section C.7.1.5 for Defined Terms."""

    PatientSex: Annotated[
        _patient_sex.PatientSex | None,
        Attribute(
            0x00100040, "CS", "1", "3", name="Patient's Sex", enumerated=((0, ("M", "F", "O")),)
        ),
    ] = None
    """Patient's Sex (0010,0040): Type -, VR CS, VM 1. Sex of the named Patient Enumerated Values: M male F female O other"""

    ReferencedPatientSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x00081120, "SQ", "1", "3", name="Referenced Patient Sequence"),
    ] = None
    """Referenced Patient Sequence (0008,1120): Type -, VR SQ, VM 1. Uniquely identifies the Patient. Only a single Item shall be included in this Sequence."""

    AdmissionID: Annotated[
        vr.LO | None, Attribute(0x00380010, "LO", "1", "3", name="Admission ID")
    ] = None
    """Admission ID (0038,0010): Type -, VR LO, VM 1. Identification number of the Visit as assigned by the healthcare provider."""

    IssuerOfAdmissionIDSequence: Annotated[
        list[IssuerOfAccessionNumberSequenceItem] | None,
        Attribute(0x00380014, "SQ", "1", "3", name="Issuer of Admission ID Sequence"),
    ] = None
    """Issuer of Admission ID Sequence (0038,0014): Type -, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Admission ID. Only a single Item shall be included in this Sequence."""

    ServiceEpisodeID: Annotated[
        vr.LO | None, Attribute(0x00380060, "LO", "1", "3", name="Service Episode ID")
    ] = None
    """Service Episode ID (0038,0060): Type -, VR LO, VM 1. Identifier of the Service Episode as assigned by the healthcare provider."""

    IssuerOfServiceEpisodeIDSequence: Annotated[
        list[IssuerOfAccessionNumberSequenceItem] | None,
        Attribute(0x00380064, "SQ", "1", "3", name="Issuer of Service Episode ID Sequence"),
    ] = None
    """Issuer of Service Episode ID Sequence (0038,0064): Type -, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Service Episode ID. Only a single Item shall be included in this Sequence."""

    ServiceEpisodeDescription: Annotated[
        vr.LO | None, Attribute(0x00380062, "LO", "1", "3", name="Service Episode Description")
    ] = None
    """Service Episode Description (0038,0062): Type -, VR LO, VM 1. Description of the type of service episode."""

    ScheduledStepAttributesSequence: Annotated[
        list[ScheduledStepAttributesSequenceItem] | None,
        Attribute(0x00400270, "SQ", "1", "3", name="Scheduled Step Attributes Sequence"),
    ] = None
    """Scheduled Step Attributes Sequence (0040,0270): Type -, VR SQ, VM 1. Sequence containing Attributes that are related to the scheduling of the Procedure Step. One or more Items shall be included in this Sequence."""
