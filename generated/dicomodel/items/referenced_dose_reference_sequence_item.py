"""Item class ReferencedDoseReferenceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedDoseReferenceSequenceItem",
]


class ReferencedDoseReferenceSequenceItem(DicomModel):
    """An item of Referenced Dose Reference Sequence (300C,0050), as first defined in RT Fraction Scheme Module Attributes (C.8-49)."""

    dicom_name: ClassVar[str] = "Referenced Dose Reference Sequence"
    dicom_table: ClassVar[str] = "table_C.8-49"

    ReferencedDoseReferenceNumber: Annotated[
        vr.IS, Attribute(0x300C0051, "IS", "1", "1", name="Referenced Dose Reference Number")
    ]
    """Referenced Dose Reference Number (300C,0051): Type 1, VR IS, VM 1. Uniquely identifies Dose Reference specified by Dose Reference Number (300A,0012) within Dose Reference Sequence (300A,0010) in RT Prescription Module."""

    ConstraintWeight: Annotated[
        vr.DS | None, Attribute(0x300A0021, "DS", "1", "3", name="Constraint Weight")
    ] = None
    """Constraint Weight (300A,0021): Type 3, VR DS, VM 1. Relative importance of satisfying constraint, where high values represent more important constraints."""

    DeliveryWarningDose: Annotated[
        vr.DS | None, Attribute(0x300A0022, "DS", "1", "3", name="Delivery Warning Dose")
    ] = None
    """Delivery Warning Dose (300A,0022): Type 3, VR DS, VM 1. The dose (in Gy) that when reached or exceeded should cause some action to be taken."""

    DeliveryMaximumDose: Annotated[
        vr.DS | None, Attribute(0x300A0023, "DS", "1", "3", name="Delivery Maximum Dose")
    ] = None
    """Delivery Maximum Dose (300A,0023): Type 3, VR DS, VM 1. The maximum dose (in Gy) that can be delivered to the dose reference."""

    TargetMinimumDose: Annotated[
        vr.DS | None, Attribute(0x300A0025, "DS", "1", "3", name="Target Minimum Dose")
    ] = None
    """Target Minimum Dose (300A,0025): Type 3, VR DS, VM 1. Minimum permitted dose (in Gy) to Dose Reference if Dose Reference Type (300A,0020) of referenced Dose Reference is TARGET."""

    TargetPrescriptionDose: Annotated[
        vr.DS | None, Attribute(0x300A0026, "DS", "1", "3", name="Target Prescription Dose")
    ] = None
    """Target Prescription Dose (300A,0026): Type 3, VR DS, VM 1. Prescribed dose (in Gy) to Dose Reference if Dose Reference Type (300A,0020) of referenced Dose Reference is TARGET."""

    TargetMaximumDose: Annotated[
        vr.DS | None, Attribute(0x300A0027, "DS", "1", "3", name="Target Maximum Dose")
    ] = None
    """Target Maximum Dose (300A,0027): Type 3, VR DS, VM 1. Maximum permitted dose (in Gy) to Dose Reference if Dose Reference Type (300A,0020) of referenced Dose Reference is TARGET."""

    TargetUnderdoseVolumeFraction: Annotated[
        vr.DS | None, Attribute(0x300A0028, "DS", "1", "3", name="Target Underdose Volume Fraction")
    ] = None
    """Target Underdose Volume Fraction (300A,0028): Type 3, VR DS, VM 1. Maximum permitted fraction (in percent) of Target to receive less than the Target Prescription Dose (300A,0027) if Dose Reference Type (300A,0020) of referenced Dose Reference is TARGET and Dose Reference Structure Type (300A,0014) of refer..."""

    OrganAtRiskFullVolumeDose: Annotated[
        vr.DS | None, Attribute(0x300A002A, "DS", "1", "3", name="Organ at Risk Full-volume Dose")
    ] = None
    """Organ at Risk Full-volume Dose (300A,002A): Type 3, VR DS, VM 1. Maximum dose (in Gy) to entire Dose Reference if Dose Reference Type (300A,0020) of referenced Dose Reference is ORGAN_AT_RISK and Dose Reference Structure Type (300A,0014) of referenced Dose Reference is VOLUME."""

    OrganAtRiskLimitDose: Annotated[
        vr.DS | None, Attribute(0x300A002B, "DS", "1", "3", name="Organ at Risk Limit Dose")
    ] = None
    """Organ at Risk Limit Dose (300A,002B): Type 3, VR DS, VM 1. Maximum permitted dose (in Gy) to any part of Dose Reference if Dose Reference Type (300A,0020) of referenced Dose Reference is ORGAN_AT_RISK and Dose Reference Structure Type (300A,0014) of referenced Dose Reference is VOLUME."""

    OrganAtRiskMaximumDose: Annotated[
        vr.DS | None, Attribute(0x300A002C, "DS", "1", "3", name="Organ at Risk Maximum Dose")
    ] = None
    """Organ at Risk Maximum Dose (300A,002C): Type 3, VR DS, VM 1. Maximum dose (in Gy) to non-overdosed part of Dose Reference if Dose Reference Type (300A,0020) of referenced Dose Reference is ORGAN_AT_RISK and Dose Reference Structure Type (300A,0014) of referenced Dose Reference is VOLUME."""

    OrganAtRiskOverdoseVolumeFraction: Annotated[
        vr.DS | None,
        Attribute(0x300A002D, "DS", "1", "3", name="Organ at Risk Overdose Volume Fraction"),
    ] = None
    """Organ at Risk Overdose Volume Fraction (300A,002D): Type 3, VR DS, VM 1. Maximum permitted fraction (in percent) of Organ at Risk to receive more than the Organ at Risk Maximum Dose if Dose Reference Type (300A,0020) of referenced Dose Reference is ORGAN_AT_RISK and Dose Reference Structure Type (300A,0014) of r..."""
