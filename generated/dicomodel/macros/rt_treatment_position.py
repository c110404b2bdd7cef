"""RT Treatment Position Macro Attributes.

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
from dicomodel.items.treatment_position_sequence_item import TreatmentPositionSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTTreatmentPositionMacro(DicomModel):
    """RT Treatment Position Macro Attributes (PS3.3 Table C.36.2.2.4-1)."""

    dicom_name: ClassVar[str] = "RT Treatment Position"
    dicom_table: ClassVar[str] = "table_C.36.2.2.4-1"

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

    TreatmentPositionSequence: Annotated[
        list[TreatmentPositionSequenceItem] | None,
        Attribute(
            0x300A063F,
            "SQ",
            "1",
            "1C",
            name="Treatment Position Sequence",
            when=(
                "and",
                ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.481.17",))),
                ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.481.23",))),
                ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.481.24",))),
            ),
            otherwise="may",
        ),
    ] = None
    """Treatment Position Sequence (300A,063F): Type 1C, VR SQ, VM 1. Required if SOP Class UID is not RT Radiation Salvage Record Storage (\"1.2.840.10008.5.1.4.1.1.481.17\"), and SOP Class UID is not Enhanced RT Image (“1.2.840.10008.5.1.4.1.1.481.23”), and SOP Class UID is not Enhanced Continuous RT Image (“1.2.840.10008.5.1.4.1.1.481.24”). May be present otherwise. Patient positions during treatment, being prescribed or recorded. Required if SOP Class UID is not RT Radiation Salvage Record Storage (\"1.2.840.10008.5.1.4.1.1.481.17\"), and SOP Class UID is not Enhanced RT Image (“1.2.840.10008.5.1.4.1.1...."""
