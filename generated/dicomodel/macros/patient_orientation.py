"""Patient Orientation Macro Attributes.

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
from dicomodel.model import Attribute, DicomModel


class PatientOrientationMacro(DicomModel):
    """Patient Orientation Macro Attributes (PS3.3 Table 10-15)."""

    dicom_name: ClassVar[str] = "Patient Orientation"
    dicom_table: ClassVar[str] = "table_10-15"

    PatientOrientationCodeSequence: Annotated[
        list[PatientOrientationCodeSequenceItem],
        Attribute(0x00540410, "SQ", "1", "1", name="Patient Orientation Code Sequence"),
    ]
    """Patient Orientation Code Sequence (0054,0410): Type 1, VR SQ, VM 1. Description of the orientation of the Patient with respect to gravity. See Section C.8.4.6.1.1 and Section C.8.11.5.1.2 for further explanation. Only a single Item shall be included in this Sequence."""

    PatientGantryRelationshipCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00540414, "SQ", "1", "3", name="Patient Gantry Relationship Code Sequence"),
    ] = None
    """Patient Gantry Relationship Code Sequence (0054,0414): Type 3, VR SQ, VM 1. Description of the orientation of the Patient with respect to the head of the table. See Section C.8.4.6.1.3 for further explanation. Only a single Item is permitted in this Sequence."""
