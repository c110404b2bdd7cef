"""Item class EquipmentReferencePointCoordinatesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class EquipmentReferencePointCoordinatesSequenceItem(DicomModel):
    """An item of Equipment Reference Point Coordinates Sequence (300A,0677), as first defined in RT Delivery Device Common Module Attributes (C.36.12-1)."""

    dicom_name: ClassVar[str] = "Equipment Reference Point Coordinates Sequence"
    dicom_table: ClassVar[str] = "table_C.36.12-1"

    ThreeDPointCoordinates: Annotated[
        list[vr.FD], Attribute(0x00686590, "FD", "3", "1", name="3D Point Coordinates")
    ]
    """3D Point Coordinates (0068,6590): Type 1, VR FD, VM 3. Coordinates (x,y,z) in mm of the device-specific reference point in the Equipment Coordinate System."""

    EquipmentReferencePointCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x300A0678, "SQ", "1", "1", name="Equipment Reference Point Code Sequence"),
    ]
    """Equipment Reference Point Code Sequence (300A,0678): Type 1, VR SQ, VM 1. Identifies the type of reference point. Only a single Item shall be included in this Sequence."""
