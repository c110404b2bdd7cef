"""Unified Procedure Step Relationship Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import patient_alternative_calendar as _patient_alternative_calendar
from dicomodel.enums import patient_sex as _patient_sex
from dicomodel.enums import type_of_patient_id as _type_of_patient_id
from dicomodel.items.issuer_of_accession_number_sequence_item import (
    IssuerOfAccessionNumberSequenceItem,
)
from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
    IssuerOfPatientIDQualifiersSequenceItem,
)
from dicomodel.items.other_patient_i_ds_sequence_item import OtherPatientIDsSequenceItem
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.items.referenced_patient_photo_sequence_item import (
    ReferencedPatientPhotoSequenceItem,
)
from dicomodel.items.referenced_request_sequence_item_unified_procedure_step_relationship import (
    ReferencedRequestSequenceItemUnifiedProcedureStepRelationship,
)
from dicomodel.model import Attribute, DicomModel


class UnifiedProcedureStepRelationshipModule(DicomModel):
    """Unified Procedure Step Relationship Module Attributes (PS3.3 Table C.30.4-1)."""

    dicom_name: ClassVar[str] = "Unified Procedure Step Relationship"
    dicom_table: ClassVar[str] = "table_C.30.4-1"

    PatientName: Annotated[
        vr.PN | None, Attribute(0x00100010, "PN", "1", "3", name="Patient's Name")
    ] = None
    """Patient's Name (0010,0010): Type -, VR PN, VM 1. Patient's full legal name."""

    PatientID: Annotated[vr.LO | None, Attribute(0x00100020, "LO", "1", "3", name="Patient ID")] = (
        None
    )
    """Patient ID (0010,0020): Type -, VR LO, VM 1. Primary identifier for the patient. In the case of imaging a group of small animals simultaneously, the single value of this identifier corresponds to the identification of the entire group. See also Section C.7.1.4.1.1."""

    IssuerOfPatientID: Annotated[
        vr.LO | None, Attribute(0x00100021, "LO", "1", "3", name="Issuer of Patient ID")
    ] = None
    """Issuer of Patient ID (0010,0021): Type 3, VR LO, VM 1. Identifier of the Assigning Authority (system, organization, agency, or department) that issued the Patient ID. Equivalent to HL7 v2 CX component 4 subcomponent 1."""

    IssuerOfPatientIDQualifiersSequence: Annotated[
        list[IssuerOfPatientIDQualifiersSequenceItem] | None,
        Attribute(0x00100024, "SQ", "1", "3", name="Issuer of Patient ID Qualifiers Sequence"),
    ] = None
    """Issuer of Patient ID Qualifiers Sequence (0010,0024): Type 3, VR SQ, VM 1. Attributes specifying or qualifying the identity of the issuer of the Patient ID, or scoping the Patient ID. Only a single Item is permitted in this Sequence."""

    TypeOfPatientID: Annotated[
        _type_of_patient_id.TypeOfPatientIDTerm | vr.CS | None,
        Attribute(0x00100022, "CS", "1", "3", name="Type of Patient ID"),
    ] = None
    """Type of Patient ID (0010,0022): Type -, VR CS, VM 1. The type of identifier in the Patient ID (0010,0020). Defined Terms: TEXT RFID BARCODE The identifier is coded as a string regardless of the type, not as a binary value."""

    OtherPatientIDsSequence: Annotated[
        list[OtherPatientIDsSequenceItem] | None,
        Attribute(0x00101002, "SQ", "1", "3", name="Other Patient IDs Sequence"),
    ] = None
    """Other Patient IDs Sequence (0010,1002): Type -, VR SQ, VM 1. Identification numbers or codes used to identify the patient, which may or may not be human readable, and may or may not have been obtained from an implanted or attached device such as an RFID or barcode."""

    PatientBirthDateInAlternativeCalendar: Annotated[
        vr.LO | None,
        Attribute(0x00100033, "LO", "1", "3", name="Patient's Birth Date in Alternative Calendar"),
    ] = None
    """Patient's Birth Date in Alternative Calendar (0010,0033): Type -, VR LO, VM 1. Date of birth of the named patient in the Alternative Calendar (0010,0035). No format is specified for alternative calendar dates so none should be assumed."""

    PatientDeathDateInAlternativeCalendar: Annotated[
        vr.LO | None,
        Attribute(0x00100034, "LO", "1", "3", name="Patient's Death Date in Alternative Calendar"),
    ] = None
    """Patient's Death Date in Alternative Calendar (0010,0034): Type -, VR LO, VM 1. Date of death of the named patient in the Alternative Calendar (0010,0035). No format is specified for alternative calendar dates so none should be assumed."""

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

    PatientBirthDate: Annotated[
        vr.DA | None, Attribute(0x00100030, "DA", "1", "3", name="Patient's Birth Date")
    ] = None
    """Patient's Birth Date (0010,0030): Type -, VR DA, VM 1. Date of birth of the named patient."""

    PatientSex: Annotated[
        _patient_sex.PatientSex | None,
        Attribute(
            0x00100040, "CS", "1", "3", name="Patient's Sex", enumerated=((0, ("M", "F", "O")),)
        ),
    ] = None
    """Patient's Sex (0010,0040): Type -, VR CS, VM 1. Sex of the named Patient. Enumerated Values: M male F female O other"""

    ReferencedPatientPhotoSequence: Annotated[
        list[ReferencedPatientPhotoSequenceItem] | None,
        Attribute(0x00101100, "SQ", "1", "3", name="Referenced Patient Photo Sequence"),
    ] = None
    """Referenced Patient Photo Sequence (0010,1100): Type -, VR SQ, VM 1. A photo to confirm the identity of a patient. Only a single Item is permitted in this Sequence. See C.2.2.1.1."""

    AdmissionID: Annotated[
        vr.LO | None, Attribute(0x00380010, "LO", "1", "3", name="Admission ID")
    ] = None
    """Admission ID (0038,0010): Type -, VR LO, VM 1. Identification number of the Visit as assigned by the healthcare provider Visit and Admission are used interchangeably here."""

    IssuerOfAdmissionIDSequence: Annotated[
        list[IssuerOfAccessionNumberSequenceItem] | None,
        Attribute(0x00380014, "SQ", "1", "3", name="Issuer of Admission ID Sequence"),
    ] = None
    """Issuer of Admission ID Sequence (0038,0014): Type -, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Admission ID. Only a single Item shall be included in this Sequence."""

    AdmittingDiagnosesDescription: Annotated[
        list[vr.LO] | None,
        Attribute(0x00081080, "LO", "1-n", "3", name="Admitting Diagnoses Description"),
    ] = None
    """Admitting Diagnoses Description (0008,1080): Type -, VR LO, VM 1-n. Description of admitting diagnosis (diagnoses) for the patient."""

    AdmittingDiagnosesCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00081084, "SQ", "1", "3", name="Admitting Diagnoses Code Sequence"),
    ] = None
    """Admitting Diagnoses Code Sequence (0008,1084): Type -, VR SQ, VM 1. Coded admitting diagnosis (diagnoses) for the patient. One or more Items shall be included in this Sequence."""

    ReasonForVisit: Annotated[
        vr.UT | None, Attribute(0x00321066, "UT", "1", "3", name="Reason for Visit")
    ] = None
    """Reason for Visit (0032,1066): Type -, VR UT, VM 1. Reason(s) for this visit by the patient to the facility or provider."""

    ReasonForVisitCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00321067, "SQ", "1", "3", name="Reason for Visit Code Sequence"),
    ] = None
    """Reason for Visit Code Sequence (0032,1067): Type -, VR SQ, VM 1. Coded reason(s) for this visit by the patient to the facility or provider. If an HL7 message is available with a PV2 segment corresponding to this visit, potential codes may be found in Admit Reason PV2-3."""

    ReferencedRequestSequence: Annotated[
        list[ReferencedRequestSequenceItemUnifiedProcedureStepRelationship] | None,
        Attribute(0x0040A370, "SQ", "1", "3", name="Referenced Request Sequence"),
    ] = None
    """Referenced Request Sequence (0040,A370): Type -, VR SQ, VM 1. Requested Procedures to which the Procedure Step contributes. Zero or more Items shall be included in the Sequence."""

    ReplacedProcedureStepSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x00741224, "SQ", "1", "3", name="Replaced Procedure Step Sequence"),
    ] = None
    """Replaced Procedure Step Sequence (0074,1224): Type -, VR SQ, VM 1. Canceled procedure step(s) that are replaced by this procedure step. Zero or more Items shall be included in the Sequence."""
