"""Item class TreatmentSummaryMeasuredDoseReferenceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TreatmentSummaryMeasuredDoseReferenceSequenceItem",
]


class TreatmentSummaryMeasuredDoseReferenceSequenceItem(DicomModel):
    """An item of Treatment Summary Measured Dose Reference Sequence (3008,00E0), as first defined in RT Treatment Summary Record Module Attributes (C.8-59)."""

    dicom_name: ClassVar[str] = "Treatment Summary Measured Dose Reference Sequence"
    dicom_table: ClassVar[str] = "table_C.8-59"

    ReferencedDoseReferenceNumber: Annotated[
        vr.IS | None, Attribute(0x300C0051, "IS", "1", "3", name="Referenced Dose Reference Number")
    ] = None
    """Referenced Dose Reference Number (300C,0051): Type 3, VR IS, VM 1. Uniquely identifies Dose Reference specified by Dose Reference Number (300A,0012) in Dose Reference Sequence (300A,0010) in RT Prescription Module of referenced RT Plan referenced in Referenced RT Plan Sequence (300C,0002) of RT General Tre..."""

    DoseReferenceDescription: Annotated[
        vr.LO | None, Attribute(0x300A0016, "LO", "1", "3", name="Dose Reference Description")
    ] = None
    """Dose Reference Description (300A,0016): Type 3, VR LO, VM 1. User-defined description of Dose Reference."""

    CumulativeDoseToDoseReference: Annotated[
        vr.DS, Attribute(0x30080052, "DS", "1", "1", name="Cumulative Dose to Dose Reference")
    ]
    """Cumulative Dose to Dose Reference (3008,0052): Type 1, VR DS, VM 1. Cumulative Dose delivered to Dose Reference (Gy)."""
