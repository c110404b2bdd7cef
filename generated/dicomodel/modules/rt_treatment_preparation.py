"""RT Treatment Preparation Module Attributes.

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
from dicomodel.items.rt_delivery_start_patient_position_sequence_item import (
    RTDeliveryStartPatientPositionSequenceItem,
)
from dicomodel.items.rt_image_scope_sequence_item import RTImageScopeSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTTreatmentPreparationModule(DicomModel):
    """RT Treatment Preparation Module Attributes (PS3.3 Table C.36.25-1)."""

    dicom_name: ClassVar[str] = "RT Treatment Preparation"
    dicom_table: ClassVar[str] = "table_C.36.25-1"

    EntityLongLabel: Annotated[
        vr.LO, Attribute(0x30100038, "LO", "1", "1", name="Entity Long Label")
    ]
    """Entity Long Label (3010,0038): Type 1, VR LO, VM 1. User-defined label for this entity. See Section 10.32.2.1."""

    EntityDescription: Annotated[
        vr.ST | None, Attribute(0x30100037, "ST", "1", "3", name="Entity Description")
    ] = None
    """Entity Description (3010,0037): Type 3, VR ST, VM 1. User-defined description for this entity. See Section 10.31.1.2."""

    RTPatientPositionScopeSequence: Annotated[
        list[RTImageScopeSequenceItem],
        Attribute(0x300A0784, "SQ", "1", "1", name="RT Patient Position Scope Sequence"),
    ]
    """RT Patient Position Scope Sequence (300A,0784): Type 1, VR SQ, VM 1. The RT Radiation Set, RT Radiation Instances or the Treatment Position Groups to which the treatment preparation parameters apply. Only a single Item shall be included in this Sequence."""

    RTTreatmentPreparationPatientPositionSequence: Annotated[
        list[RTDeliveryStartPatientPositionSequenceItem],
        Attribute(
            0x300A078A, "SQ", "1", "1", name="RT Treatment Preparation Patient Position Sequence"
        ),
    ]
    """RT Treatment Preparation Patient Position Sequence (300A,078A): Type 1, VR SQ, VM 1. The position of the patient at the start of the treatment preparation. Only a single Item shall be included in this Sequence."""

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
