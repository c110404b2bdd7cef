"""RT General Machine Verification Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import treatment_verification_status as _treatment_verification_status
from dicomodel.items.failed_attributes_sequence_item import FailedAttributesSequenceItem
from dicomodel.items.general_machine_verification_sequence_item import (
    GeneralMachineVerificationSequenceItem,
)
from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
    IssuerOfPatientIDQualifiersSequenceItem,
)
from dicomodel.items.overridden_attributes_sequence_item import OverriddenAttributesSequenceItem
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTGeneralMachineVerificationModule(DicomModel):
    """RT General Machine Verification Module Attributes (PS3.3 Table C.31-1)."""

    dicom_name: ClassVar[str] = "RT General Machine Verification"
    dicom_table: ClassVar[str] = "table_C.31-1"

    ReferencedRTPlanSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x300C0002, "SQ", "1", "3", name="Referenced RT Plan Sequence"),
    ] = None
    """Referenced RT Plan Sequence (300C,0002): Type -, VR SQ, VM 1. A reference to an RT Plan SOP Class/Instance pair. Only a single Item shall be included in this Sequence."""

    ReferencedFractionGroupNumber: Annotated[
        vr.IS | None, Attribute(0x300C0022, "IS", "1", "3", name="Referenced Fraction Group Number")
    ] = None
    """Referenced Fraction Group Number (300C,0022): Type -, VR IS, VM 1. Identifier of Fraction Group within referenced RT Plan."""

    PatientID: Annotated[vr.LO | None, Attribute(0x00100020, "LO", "1", "3", name="Patient ID")] = (
        None
    )
    """Patient ID (0010,0020): Type -, VR LO, VM 1. Primary identifier for the patient."""

    IssuerOfPatientID: Annotated[
        vr.LO | None, Attribute(0x00100021, "LO", "1", "3", name="Issuer of Patient ID")
    ] = None
    """Issuer of Patient ID (0010,0021): Type 3, VR LO, VM 1. Identifier of the Assigning Authority (system, organization, agency, or department) that issued the Patient ID. Equivalent to HL7 v2 CX component 4 subcomponent 1."""

    IssuerOfPatientIDQualifiersSequence: Annotated[
        list[IssuerOfPatientIDQualifiersSequenceItem] | None,
        Attribute(0x00100024, "SQ", "1", "3", name="Issuer of Patient ID Qualifiers Sequence"),
    ] = None
    """Issuer of Patient ID Qualifiers Sequence (0010,0024): Type 3, VR SQ, VM 1. Attributes specifying or qualifying the identity of the issuer of the Patient ID, or scoping the Patient ID. Only a single Item is permitted in this Sequence."""

    TreatmentVerificationStatus: Annotated[
        _treatment_verification_status.TreatmentVerificationStatus | None,
        Attribute(
            0x3008002C,
            "CS",
            "1",
            "3",
            name="Treatment Verification Status",
            enumerated=((0, ("VERIFIED", "VERIFIED_OVR", "NOT_VERIFIED")),),
        ),
    ] = None
    """Treatment Verification Status (3008,002C): Type -, VR CS, VM 1. Conditions under which treatment was verified by a verification system. Enumerated Values: VERIFIED treatment verified VERIFIED_OVR treatment verified with at least one out-of-range value overridden NOT_VERIFIED treatment failed verificatio..."""

    FailedAttributesSequence: Annotated[
        list[FailedAttributesSequenceItem] | None,
        Attribute(0x00741048, "SQ", "1", "3", name="Failed Parameters Sequence"),
    ] = None
    """Failed Parameters Sequence (0074,1048): Type -, VR SQ, VM 1. List of parameters that failed verification by the MPV. Zero or more Items shall be included in this Sequence. See Section C.31.1.1."""

    OverriddenAttributesSequence: Annotated[
        list[OverriddenAttributesSequenceItem] | None,
        Attribute(0x0074104A, "SQ", "1", "3", name="Overridden Parameters Sequence"),
    ] = None
    """Overridden Parameters Sequence (0074,104A): Type -, VR SQ, VM 1. List of parameters that were overridden by the user. Zero or more Items shall be included in this Sequence. See Section C.31.1.1."""

    GeneralMachineVerificationSequence: Annotated[
        list[GeneralMachineVerificationSequenceItem] | None,
        Attribute(0x00741042, "SQ", "1", "3", name="General Machine Verification Sequence"),
    ] = None
    """General Machine Verification Sequence (0074,1042): Type -, VR SQ, VM 1. Sequence containing general machine verification parameters. Zero or one Item shall be included in this Sequence."""
