"""Item class CalculatedDoseReferenceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CalculatedDoseReferenceSequenceItem",
]


class CalculatedDoseReferenceSequenceItem(DicomModel):
    """An item of Calculated Dose Reference Sequence (3008,0070), as first defined in Calculated Dose Reference Record Module Attributes (C.8-56)."""

    dicom_name: ClassVar[str] = "Calculated Dose Reference Sequence"
    dicom_table: ClassVar[str] = "table_C.8-56"

    ReferencedDoseReferenceNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x300C0051,
            "IS",
            "1",
            "1C",
            name="Referenced Dose Reference Number",
            when=("not", ("present", 0x30080072)),
            otherwise="shall_not",
        ),
    ] = None
    """Referenced Dose Reference Number (300C,0051): Type 1C, VR IS, VM 1. Required only if Calculated Dose Reference Number (3008,0072) is not present. It shall not be present otherwise. Uniquely identifies Dose Reference specified by Dose Reference Number (300A,0012) in Dose Reference Sequence (300A,0010) in RT Prescription Module of referenced RT Plan."""

    CalculatedDoseReferenceNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x30080072,
            "IS",
            "1",
            "1C",
            name="Calculated Dose Reference Number",
            when=("not", ("present", 0x300C0051)),
            otherwise="shall_not",
        ),
    ] = None
    """Calculated Dose Reference Number (3008,0072): Type 1C, VR IS, VM 1. Required only if Referenced Dose Reference Number (300C,0051) is not present. It shall not be present otherwise. Unique identifier of dose reference point within RT Treatment Record IOD. Required only if Referenced Dose Reference Number (300C,0051) is not present. It shall not be present otherwise."""

    CalculatedDoseReferenceDoseValue: Annotated[
        vr.DS | None,
        Attribute(0x30080076, "DS", "1", "2", name="Calculated Dose Reference Dose Value"),
    ]
    """Calculated Dose Reference Dose Value (3008,0076): Type 2, VR DS, VM 1. Calculated Dose (Gy)."""

    CalculatedDoseReferenceDescription: Annotated[
        vr.ST | None,
        Attribute(0x30080074, "ST", "1", "3", name="Calculated Dose Reference Description"),
    ] = None
    """Calculated Dose Reference Description (3008,0074): Type 3, VR ST, VM 1. User-defined description of Calculated Dose Reference."""
