"""Item class ReferencedDoseReferenceSequenceItemRTBeams2.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedDoseReferenceSequenceItemRTBeams2",
]


class ReferencedDoseReferenceSequenceItemRTBeams2(DicomModel):
    """An item of Referenced Dose Reference Sequence (300C,0050), as first defined in RT Beams Module Attributes (C.8-50)."""

    dicom_name: ClassVar[str] = "Referenced Dose Reference Sequence"
    dicom_table: ClassVar[str] = "table_C.8-50"

    ReferencedDoseReferenceNumber: Annotated[
        vr.IS, Attribute(0x300C0051, "IS", "1", "1", name="Referenced Dose Reference Number")
    ]
    """Referenced Dose Reference Number (300C,0051): Type 1, VR IS, VM 1. Uniquely identifies Dose Reference specified by Dose Reference Number (300A,0012) in Dose Reference Sequence (300A,0010) in RT Prescription Module."""

    CumulativeDoseReferenceCoefficient: Annotated[
        vr.DS | None,
        Attribute(0x300A010C, "DS", "1", "2", name="Cumulative Dose Reference Coefficient"),
    ]
    """Cumulative Dose Reference Coefficient (300A,010C): Type 2, VR DS, VM 1. Coefficient used to calculate cumulative dose contribution from this Beam to the referenced Dose Reference at the current Control Point. See Section C.8.8.14.7."""
