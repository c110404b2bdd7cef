"""Item class PatientLocationCoordinatesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PatientLocationCoordinatesSequenceItem(DicomModel):
    """An item of Patient Location Coordinates Sequence (3006,00C9), as first defined in Patient to Equipment Relationship Macro Attributes (10.39-1)."""

    dicom_name: ClassVar[str] = "Patient Location Coordinates Sequence"
    dicom_table: ClassVar[str] = "table_10.39-1"

    ThreeDPointCoordinates: Annotated[
        list[vr.FD], Attribute(0x00686590, "FD", "3", "1", name="3D Point Coordinates")
    ]
    """3D Point Coordinates (0068,6590): Type 1, VR FD, VM 3. Coordinate (x,y,z) in mm describing the location in the patient Frame of Reference that will be transformed to the Equipment Frame of Reference by using the Image to Equipment Mapping Matrix (0028,9520)."""

    PatientLocationCoordinatesCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x300600CA, "SQ", "1", "1", name="Patient Location Coordinates Code Sequence"),
    ]
    """Patient Location Coordinates Code Sequence (3006,00CA): Type 1, VR SQ, VM 1. Identifies the type of Patient Location Coordinate. One or more Items shall be included in this Sequence."""
