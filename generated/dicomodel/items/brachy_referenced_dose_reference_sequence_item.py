"""Item class BrachyReferencedDoseReferenceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "BrachyReferencedDoseReferenceSequenceItem",
]


class BrachyReferencedDoseReferenceSequenceItem(DicomModel):
    """An item of Brachy Referenced Dose Reference Sequence (300C,0055), as first defined in RT Brachy Application Setups Module Attributes (C.8-51)."""

    dicom_name: ClassVar[str] = "Brachy Referenced Dose Reference Sequence"
    dicom_table: ClassVar[str] = "table_C.8-51"

    ReferencedDoseReferenceNumber: Annotated[
        vr.IS, Attribute(0x300C0051, "IS", "1", "1", name="Referenced Dose Reference Number")
    ]
    """Referenced Dose Reference Number (300C,0051): Type 1, VR IS, VM 1. Uniquely identifies Dose Reference described in Dose Reference Sequence. (300A,0010) within RT Prescription Module of current RT Plan."""

    CumulativeDoseReferenceCoefficient: Annotated[
        vr.DS, Attribute(0x300A010C, "DS", "1", "1", name="Cumulative Dose Reference Coefficient")
    ]
    """Cumulative Dose Reference Coefficient (300A,010C): Type 1, VR DS, VM 1. Coefficient used to calculate cumulative dose contribution from this Source to the referenced Dose Reference at the current Control Point. See Section C.8.8.15.11."""
