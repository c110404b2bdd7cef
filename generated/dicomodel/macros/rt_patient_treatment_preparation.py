"""RT Patient Treatment Preparation Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.patient_treatment_preparation_procedure_sequence_item import (
    PatientTreatmentPreparationProcedureSequenceItem,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.referenced_patient_setup_photo_sequence_item import (
    ReferencedPatientSetupPhotoSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTPatientTreatmentPreparationMacro(DicomModel):
    """RT Patient Treatment Preparation Macro Attributes (PS3.3 Table C.36.2.3.4-1)."""

    dicom_name: ClassVar[str] = "RT Patient Treatment Preparation"
    dicom_table: ClassVar[str] = "table_C.36.2.3.4-1"

    PatientTreatmentPreparationMethodCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(
            0x300A078D, "SQ", "1", "1", name="Patient Treatment Preparation Method Code Sequence"
        ),
    ]
    """Patient Treatment Preparation Method Code Sequence (300A,078D): Type 1, VR SQ, VM 1. Method used to prepare the Patient for treatment. Only a single Item shall be included in this Sequence."""

    PatientTreatmentPreparationMethodDescription: Annotated[
        vr.LT | None,
        Attribute(
            0x300A0792, "LT", "1", "3", name="Patient Treatment Preparation Method Description"
        ),
    ] = None
    """Patient Treatment Preparation Method Description (300A,0792): Type 3, VR LT, VM 1. User-defined description of patient treatment preparation technique."""

    ReferencedPatientSetupPhotoSequence: Annotated[
        list[ReferencedPatientSetupPhotoSequenceItem] | None,
        Attribute(0x300A078C, "SQ", "1", "3", name="Referenced Patient Setup Photo Sequence"),
    ] = None
    """Referenced Patient Setup Photo Sequence (300A,078C): Type 3, VR SQ, VM 1. References to photos illustrating the patient setup. One or more Items are permitted in this Sequence."""

    PatientTreatmentPreparationProcedureSequence: Annotated[
        list[PatientTreatmentPreparationProcedureSequenceItem] | None,
        Attribute(
            0x300A0790, "SQ", "1", "2", name="Patient Treatment Preparation Procedure Sequence"
        ),
    ]
    """Patient Treatment Preparation Procedure Sequence (300A,0790): Type 2, VR SQ, VM 1. Procedures for preparing for the treatment of the patient. Zero or more Items shall be included in this Sequence."""
