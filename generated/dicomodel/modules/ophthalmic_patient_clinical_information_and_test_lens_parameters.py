"""Ophthalmic Patient Clinical Information and Test Lens Parameters Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ophthalmic_patient_clinical_information_left_eye_sequence_item import (
    OphthalmicPatientClinicalInformationLeftEyeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class OphthalmicPatientClinicalInformationAndTestLensParametersModule(DicomModel):
    """Ophthalmic Patient Clinical Information and Test Lens Parameters Module Attributes (PS3.3 Table C.8.26.6-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Patient Clinical Information and Test Lens Parameters"
    dicom_table: ClassVar[str] = "table_C.8.26.6-1"

    OphthalmicPatientClinicalInformationLeftEyeSequence: Annotated[
        list[OphthalmicPatientClinicalInformationLeftEyeSequenceItem] | None,
        Attribute(
            0x00240114,
            "SQ",
            "1",
            "1C",
            name="Ophthalmic Patient Clinical Information Left Eye Sequence",
            when=("value", 0x00240113, 0, "in", ("L", "B")),
        ),
    ] = None
    """Ophthalmic Patient Clinical Information Left Eye Sequence (0024,0114): Type 1C, VR SQ, VM 1. Required if Measurement Laterality (0024,0113) is L or B. Information used to represent a patient's clinical parameters during an ophthalmic test. Only a single Item shall be included in this Sequence. Required if Measurement Laterality (0024,0113) is L or B."""

    OphthalmicPatientClinicalInformationRightEyeSequence: Annotated[
        list[OphthalmicPatientClinicalInformationLeftEyeSequenceItem] | None,
        Attribute(
            0x00240115,
            "SQ",
            "1",
            "1C",
            name="Ophthalmic Patient Clinical Information Right Eye Sequence",
            when=("value", 0x00240113, 0, "in", ("R", "B")),
        ),
    ] = None
    """Ophthalmic Patient Clinical Information Right Eye Sequence (0024,0115): Type 1C, VR SQ, VM 1. Required if Measurement Laterality (0024,0113) is R or B. Information used to represent a patient's clinical parameters during an ophthalmic test. Only a single Item shall be included in this Sequence. Required if Measurement Laterality (0024,0113) is R or B."""
