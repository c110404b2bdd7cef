"""Item class RTPatientPositionDisplacementSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.conceptual_volume_sequence_item import ConceptualVolumeSequenceItem
from dicomodel.items.patient_support_position_sequence_item import (
    PatientSupportPositionSequenceItem,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTPatientPositionDisplacementSequenceItem(DicomModel):
    """An item of RT Patient Position Displacement Sequence (300A,0798), as first defined in RT Patient Position Macro Attributes (C.36.2.3.2-1)."""

    dicom_name: ClassVar[str] = "RT Patient Position Displacement Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.3.2-1"

    DisplacementReferenceLabel: Annotated[
        vr.LO | None, Attribute(0x300A079A, "LO", "1", "3", name="Displacement Reference Label")
    ] = None
    """Displacement Reference Label (300A,079A): Type 3, VR LO, VM 1. A user-defined label describing the reference location used for a displacement of the patient’s treatment position."""

    DisplacementReferenceLocationCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x300A079D, "SQ", "1", "1", name="Displacement Reference Location Code Sequence"),
    ]
    """Displacement Reference Location Code Sequence (300A,079D): Type 1, VR SQ, VM 1. The reference location with respect to which the displacement is provided."""

    ConceptualVolumeSequence: Annotated[
        list[ConceptualVolumeSequenceItem] | None,
        Attribute(0x30100025, "SQ", "1", "2", name="Conceptual Volume Sequence"),
    ]
    """Conceptual Volume Sequence (3010,0025): Type 2, VR SQ, VM 1. References a Conceptual Volume that describes the geometry and properties of the Displacement Reference. See C.36.2.2.16.1.1. Zero or one Item shall be included in this Sequence."""

    DisplacementMatrix: Annotated[
        list[vr.FD], Attribute(0x300A079B, "FD", "16", "1", name="Displacement Matrix")
    ]
    """Displacement Matrix (300A,079B): Type 1, VR FD, VM 16. A rigid, homogeneous 4x4 transformation matrix that expresses the patient’s treatment position displacement in the patient coordinate space. Matrix elements shall be listed in row-major order. See C.36.2.3.2.1.2."""

    PatientSupportDisplacementSequence: Annotated[
        list[PatientSupportPositionSequenceItem] | None,
        Attribute(0x300A079C, "SQ", "1", "2", name="Patient Support Displacement Sequence"),
    ]
    """Patient Support Displacement Sequence (300A,079C): Type 2, VR SQ, VM 1. evice-specific positioning parameters, derived from the Displacement Matrix (300A,079B). See C.36.2.3.2.1.3. Zero or one Item shall be included in this Sequence."""
