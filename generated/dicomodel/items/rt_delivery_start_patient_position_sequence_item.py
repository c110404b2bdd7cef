"""Item class RTDeliveryStartPatientPositionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.patient_orientation_code_sequence_item import (
    PatientOrientationCodeSequenceItem,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.rt_patient_position_displacement_sequence_item import (
    RTPatientPositionDisplacementSequenceItem,
)
from dicomodel.items.rt_patient_position_sequence_item import RTPatientPositionSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTDeliveryStartPatientPositionSequenceItem(DicomModel):
    """An item of RT Delivery Start Patient Position Sequence (300A,0789), as first defined in RT Radiation Set Delivery Instruction Module Attributes (C.36.24-1)."""

    dicom_name: ClassVar[str] = "RT Delivery Start Patient Position Sequence"
    dicom_table: ClassVar[str] = "table_C.36.24-1"

    PatientOrientationCodeSequence: Annotated[
        list[PatientOrientationCodeSequenceItem],
        Attribute(0x00540410, "SQ", "1", "1", name="Patient Orientation Code Sequence"),
    ]
    """Patient Orientation Code Sequence (0054,0410): Type 1, VR SQ, VM 1. Sequence that describes the orientation of the Patient with respect to gravity. See Section C.8.4.6.1.1 and Section C.8.11.5.1.2 for further explanation. Only a single Item shall be included in this Sequence."""

    PatientEquipmentRelationshipCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x30100030, "SQ", "1", "1", name="Patient Equipment Relationship Code Sequence"),
    ]
    """Patient Equipment Relationship Code Sequence (3010,0030): Type 1, VR SQ, VM 1. Description of the orientation of the Patient with respect to the equipment. See Section C.36.6.1.8 for further explanation. Only a single Item shall be included in this Sequence."""

    RTPatientPositionSequence: Annotated[
        list[RTPatientPositionSequenceItem] | None,
        Attribute(
            0x300A0799,
            "SQ",
            "1",
            "2C",
            name="RT Patient Position Sequence",
            when=("not", ("present", 0x300A0798)),
        ),
    ] = None
    """RT Patient Position Sequence (300A,0799): Type 2C, VR SQ, VM 1. Required if RT Patient Position Displacement Sequence (300A,0798) is absent. Definition of patient position. See C.36.2.3.2.1.1. Required if RT Patient Position Displacement Sequence (300A,0798) is absent. Zero or one Item shall be included in this Sequence."""

    RTPatientPositionDisplacementSequence: Annotated[
        list[RTPatientPositionDisplacementSequenceItem] | None,
        Attribute(
            0x300A0798,
            "SQ",
            "1",
            "2C",
            name="RT Patient Position Displacement Sequence",
            when=("not", ("present", 0x300A0799)),
        ),
    ] = None
    """RT Patient Position Displacement Sequence (300A,0798): Type 2C, VR SQ, VM 1. Required if RT Patient Position Sequence (300A,0799) is absent. Displacement of the patient position. See C.36.2.3.2.1.2. Required if RT Patient Position Sequence (300A,0799) is absent. Zero or one Item shall be included in this Sequence."""
