"""Patient to Equipment Relationship Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.patient_location_coordinates_sequence_item import (
    PatientLocationCoordinatesSequenceItem,
)
from dicomodel.items.patient_support_position_sequence_item import (
    PatientSupportPositionSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PatientToEquipmentRelationshipMacro(DicomModel):
    """Patient to Equipment Relationship Macro Attributes (PS3.3 Table 10.39-1)."""

    dicom_name: ClassVar[str] = "Patient to Equipment Relationship"
    dicom_table: ClassVar[str] = "table_10.39-1"

    ImageToEquipmentMappingMatrix: Annotated[
        list[vr.DS],
        Attribute(0x00289520, "DS", "16", "1", name="Image to Equipment Mapping Matrix"),
    ]
    """Image to Equipment Mapping Matrix (0028,9520): Type 1, VR DS, VM 16. A rigid, homogeneous 4x4 transformation matrix that maps the patient coordinate space in the Frame of Reference used for the patient model to the coordinate system defined by the equipment."""

    FrameOfReferenceTransformationComment: Annotated[
        vr.LO | None,
        Attribute(0x300600C8, "LO", "1", "3", name="Frame of Reference Transformation Comment"),
    ] = None
    """Frame of Reference Transformation Comment (3006,00C8): Type 3, VR LO, VM 1. Comments entered by a human operator about the relationship between the patient frame of reference and the equipment. For display purposes only, shall not be used for other purposes."""

    PatientLocationCoordinatesSequence: Annotated[
        list[PatientLocationCoordinatesSequenceItem] | None,
        Attribute(0x300600C9, "SQ", "1", "2", name="Patient Location Coordinates Sequence"),
    ]
    """Patient Location Coordinates Sequence (3006,00C9): Type 2, VR SQ, VM 1. Specific points in the patient coordinate system which further characterize the position of the patient with respect to the equipment. Zero or more Items shall be included in this Sequence."""

    PatientSupportPositionSequence: Annotated[
        list[PatientSupportPositionSequenceItem] | None,
        Attribute(0x300600CB, "SQ", "1", "2", name="Patient Support Position Sequence"),
    ]
    """Patient Support Position Sequence (3006,00CB): Type 2, VR SQ, VM 1. Actual Patient Support Position parameters. Shall be consistent with the Image to Equipment Mapping Matrix (0028,9520). See Section 10.39.1.2. Zero or one Item shall be included in this Sequence."""
