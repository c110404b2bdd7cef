"""Item class ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme",
]


class ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme(DicomModel):
    """An item of Referenced Brachy Application Setup Sequence (300C,000A), as first defined in RT Fraction Scheme Module Attributes (C.8-49)."""

    dicom_name: ClassVar[str] = "Referenced Brachy Application Setup Sequence"
    dicom_table: ClassVar[str] = "table_C.8-49"

    ReferencedBrachyApplicationSetupNumber: Annotated[
        vr.IS,
        Attribute(0x300C000C, "IS", "1", "1", name="Referenced Brachy Application Setup Number"),
    ]
    """Referenced Brachy Application Setup Number (300C,000C): Type 1, VR IS, VM 1. Uniquely identifies Brachy Application Setup specified by Brachy Application Setup Number (300A,0234) within Brachy Application Setup Sequence (300A,0230) in RT Brachy Application Setups Module."""

    BrachyApplicationSetupDoseSpecificationPoint: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x300A00A2, "DS", "3", "3", name="Brachy Application Setup Dose Specification Point"
        ),
    ] = None
    """Brachy Application Setup Dose Specification Point (300A,00A2): Type 3, VR DS, VM 3. Coordinates (x,y,z) of point in the Patient-Based Coordinate System described in Section C.7.6.2.1.1 at which Brachy Application Setup Dose (300A,00A4) is specified (mm)."""

    BrachyApplicationSetupDose: Annotated[
        vr.DS | None, Attribute(0x300A00A4, "DS", "1", "3", name="Brachy Application Setup Dose")
    ] = None
    """Brachy Application Setup Dose (300A,00A4): Type 3, VR DS, VM 1. Dose (in Gy) at Brachy Application Setup Dose Specification Point (300A,00A2) due to current Brachy Application Setup."""

    ReferencedDoseReferenceUID: Annotated[
        vr.UI | None, Attribute(0x300A0083, "UI", "1", "3", name="Referenced Dose Reference UID")
    ] = None
    """Referenced Dose Reference UID (300A,0083): Type 3, VR UI, VM 1. Identifies the Dose Reference specified by Dose Reference UID (300A,0013) in the Dose Reference Sequence (300A,0010) in the RT Prescription Module that specifies the primary target for the current Brachy Application Setup."""
