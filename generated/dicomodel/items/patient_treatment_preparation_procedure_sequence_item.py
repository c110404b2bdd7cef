"""Item class PatientTreatmentPreparationProcedureSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.patient_treatment_preparation_device_sequence_item import (
    PatientTreatmentPreparationDeviceSequenceItem,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.protocol_context_sequence_item import ProtocolContextSequenceItem
from dicomodel.model import Attribute, DicomModel


class PatientTreatmentPreparationProcedureSequenceItem(DicomModel):
    """An item of Patient Treatment Preparation Procedure Sequence (300A,0790), as first defined in RT Patient Treatment Preparation Macro Attributes (C.36.2.3.4-1)."""

    dicom_name: ClassVar[str] = "Patient Treatment Preparation Procedure Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.3.4-1"

    PatientTreatmentPreparationProcedureIndex: Annotated[
        vr.US,
        Attribute(0x300A0795, "US", "1", "1", name="Patient Treatment Preparation Procedure Index"),
    ]
    """Patient Treatment Preparation Procedure Index (300A,0795): Type 1, VR US, VM 1. Index of the Patient Treatment Preparation Procedure in this Sequence. The value shall start at 1 and increase monotonically by 1."""

    PatientTreatmentPreparationProcedureCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(
            0x300A0791, "SQ", "1", "1", name="Patient Treatment Preparation Procedure Code Sequence"
        ),
    ]
    """Patient Treatment Preparation Procedure Code Sequence (300A,0791): Type 1, VR SQ, VM 1. Procedure performed to prepare the patient for treatment. Only a single Item shall be present in this Sequence."""

    PatientTreatmentPreparationDeviceSequence: Annotated[
        list[PatientTreatmentPreparationDeviceSequenceItem] | None,
        Attribute(0x300A078F, "SQ", "1", "3", name="Patient Treatment Preparation Device Sequence"),
    ] = None
    """Patient Treatment Preparation Device Sequence (300A,078F): Type 3, VR SQ, VM 1. Devices used for preparing the patient for treatment. Only a single Item is permitted in this Sequence."""

    PatientTreatmentPreparationProcedureParameterDescription: Annotated[
        vr.LT | None,
        Attribute(
            0x300A078E,
            "LT",
            "1",
            "2",
            name="Patient Treatment Preparation Procedure Parameter Description",
        ),
    ]
    """Patient Treatment Preparation Procedure Parameter Description (300A,078E): Type 2, VR LT, VM 1. User-defined description of patient treatment preparation procedure parameter(s)."""

    PatientTreatmentPreparationProcedureParameterSequence: Annotated[
        list[ProtocolContextSequenceItem] | None,
        Attribute(
            0x300A0793,
            "SQ",
            "1",
            "2",
            name="Patient Treatment Preparation Procedure Parameter Sequence",
        ),
    ]
    """Patient Treatment Preparation Procedure Parameter Sequence (300A,0793): Type 2, VR SQ, VM 1. Parameters for the Patient Treatment Preparation Procedure. Zero or more Items shall be included in this Sequence."""
