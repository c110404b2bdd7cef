"""Item class ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2",
]


class ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2(DicomModel):
    """An item of Referenced Calculated Dose Reference Sequence (3008,0090), as first defined in RT Brachy Session Record Module Attributes (C.8-58)."""

    dicom_name: ClassVar[str] = "Referenced Calculated Dose Reference Sequence"
    dicom_table: ClassVar[str] = "table_C.8-58"

    ReferencedDoseReferenceNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x300C0051,
            "IS",
            "1",
            "1C",
            name="Referenced Dose Reference Number",
            when=("not", ("present", 0x30080092)),
            otherwise="shall_not",
        ),
    ] = None
    """Referenced Dose Reference Number (300C,0051): Type 1C, VR IS, VM 1. Required if Referenced Calculated Dose Reference Number (3008,0092) is not present. It shall not be present otherwise. Uniquely identifies Dose Reference specified by Dose Reference Number (300A,0012) in Dose Reference Sequence (300A,0010) in RT Prescription Module of referenced RT Plan."""

    ReferencedCalculatedDoseReferenceNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x30080092,
            "IS",
            "1",
            "1C",
            name="Referenced Calculated Dose Reference Number",
            when=("not", ("present", 0x300C0051)),
            otherwise="shall_not",
        ),
    ] = None
    """Referenced Calculated Dose Reference Number (3008,0092): Type 1C, VR IS, VM 1. Required if Referenced Dose Reference Number (300C,0051) is not present. It shall not be present otherwise. Uniquely identifies Calculated Dose Reference specified by Calculated Dose Reference Number (3008,0072) within Calculated Dose Reference Sequence (3008,0070). Required if Referenced Dose Reference Number (300C,0051) is not present."""

    CalculatedDoseReferenceDoseValue: Annotated[
        vr.DS, Attribute(0x30080076, "DS", "1", "1", name="Calculated Dose Reference Dose Value")
    ]
    """Calculated Dose Reference Dose Value (3008,0076): Type 1, VR DS, VM 1. Calculated Dose (Gy)."""
