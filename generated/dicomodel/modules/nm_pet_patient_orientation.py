"""NM/PET Patient Orientation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.patient_orientation_code_sequence_item_nmpet_patient_orientation import (
    PatientOrientationCodeSequenceItemNMPETPatientOrientation,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class NMPETPatientOrientationModule(DicomModel):
    """NM/PET Patient Orientation Module Attributes (PS3.3 Table C.8-5)."""

    dicom_name: ClassVar[str] = "NM/PET Patient Orientation"
    dicom_table: ClassVar[str] = "table_C.8-5"

    PatientOrientationCodeSequence: Annotated[
        list[PatientOrientationCodeSequenceItemNMPETPatientOrientation] | None,
        Attribute(0x00540410, "SQ", "1", "2", name="Patient Orientation Code Sequence"),
    ]
    """Patient Orientation Code Sequence (0054,0410): Type 2, VR SQ, VM 1. Sequence that describes the orientation of the patient with respect to gravity. See Section C.8.4.6.1.1 for further explanation. Zero or one Item shall be included in this Sequence."""

    PatientGantryRelationshipCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00540414, "SQ", "1", "2", name="Patient Gantry Relationship Code Sequence"),
    ]
    """Patient Gantry Relationship Code Sequence (0054,0414): Type 2, VR SQ, VM 1. Describes the orientation of the patient with respect to the gantry. See Section C.8.4.6.1.3 for further explanation. Zero or one Item shall be included in this Sequence."""
